package org.dyad.knowledge;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The one WordNet 3.1 dictionary of the process (extJWNL's bundled resource), opened on first use and
 * shared by every reader, so that it is read once however many stages consult it.
 */
public final class WordNet {
    private static volatile Dictionary dictionary;
    private static volatile boolean unavailable;

    private WordNet() {
    }

    /** The dictionary, or null when it cannot be read (callers then work without it). */
    public static Dictionary dictionary() {
        if (dictionary != null || unavailable) return dictionary;
        synchronized (WordNet.class) {
            if (dictionary == null && !unavailable) {
                try {
                    dictionary = Dictionary.getDefaultResourceInstance();
                } catch (JWNLException | RuntimeException e) {
                    unavailable = true;
                }
            }
        }
        return dictionary;
    }
}
