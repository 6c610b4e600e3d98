package org.dyad.clean;

/** One cleaner for all test classes in the JVM: the language models load once. */
final class SharedCleaner {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private SharedCleaner() {
    }

    static ArticleCleaner get() {
        return CLEANER;
    }
}
