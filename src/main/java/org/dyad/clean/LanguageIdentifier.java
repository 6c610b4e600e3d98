package org.dyad.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Says which language a line is in, and only when it is sure.
 *
 * <p>Scripts that belong to one language (kana, Hangul, Devanagari, Greek...) are decided by script
 * alone. Latin and Cyrillic lines go to Lingua restricted to twelve common news languages (loading
 * every language costs ~27 s and 1.4 GB). Lingua's models load once, when a line first needs them.
 * After loading the detector is read-only, so one instance serves all threads.
 */
final class LanguageIdentifier {

    /** A line's language: an ISO 639-1 code, and whether the evidence is strong enough to drop on. */
    record Guess(String code, boolean confident) {
        static final Guess UNKNOWN = new Guess(null, false);
    }

    private static final Language[] LINGUA_LANGUAGES = {
            Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
            Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.TURKISH, Language.INDONESIAN,
            Language.RUSSIAN, Language.UKRAINIAN};

    /** English function words: prose with enough of them is English whatever names it carries. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "is",
            "was", "were", "are", "said", "for", "that", "with", "by", "has", "have", "had", "will", "would",
            "from", "at", "as", "it", "its", "his", "her", "their", "they", "he", "she", "this", "which",
            "who", "be", "been", "not", "but", "after", "also", "an", "on", "we", "our", "could", "should");
    /** Frequent function words of the other Latin-script languages, minus any that English uses too. */
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of(
            "les", "et", "est", "dans", "pour", "que", "qui", "sur", "au", "aux", "avec", "par", "pas", "ce", "cette",
            "il", "elle", "ont", "été", "sont", "mais", "ou", "à", "une", "un", "nous", "leur", "plus", "selon",
            "und", "ist", "nicht", "mit", "dem", "ein", "eine", "einen", "auf", "für", "zu", "im", "sich", "auch",
            "wird", "wurde", "sind", "bei", "nach", "hat", "haben", "das", "dass", "oder", "aber", "wie", "neue",
            "los", "las", "y", "es", "en", "por", "con", "para", "una", "se", "su", "como", "más", "pero", "sus",
            "fue", "ha", "che", "è", "non", "della", "dei", "gli", "nel", "sono", "os", "é", "em", "um", "uma",
            "com", "não", "foi", "het", "een", "dat", "op", "voor", "niet", "zijn", "ook", "werd", "w", "na", "się",
            "nie", "że", "jest", "jak", "przez", "dla", "ve", "bir", "bu", "ile", "için", "olarak", "çok", "daha",
            "dan", "yang", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "dalam");
    private static final Pattern TOKENS = Pattern.compile("[^\\p{L}']+");

    /** Below this many letters a Latin or Cyrillic line is too short to judge. */
    private static final int MIN_LETTERS = 25;
    /** The runner-up's relative confidence must be at most this for the winner to count as sure. */
    private static final double MAX_RUNNER_UP = 0.85;

    /** Lingua's models, loading or loaded; null until a line first needs them. */
    private CompletableFuture<LanguageDetector> detector;

    /**
     * Lingua's models load on the first line that needs them, not at start-up. Why: they were about a
     * fifth of Dyad's start-up CPU (issue 16's profile), yet English prose is decided by its function
     * words and other scripts by script, so most runs of English news never ask the model.
     */
    LanguageIdentifier() {
    }

    /** Starts loading the models on a thread of their own, once. */
    private synchronized CompletableFuture<LanguageDetector> loading() {
        if (detector == null) {
            // a thread of its own, not the common pool, which other stages' parallel streams share
            detector = CompletableFuture.supplyAsync(() -> LanguageDetectorBuilder.fromLanguages(LINGUA_LANGUAGES)
                    .withPreloadedLanguageModels().build(), task -> {
                Thread t = new Thread(task, "dyad-lingua-load");
                t.setDaemon(true);
                t.start();
            });
        }
        return detector;
    }

    /**
     * Loads the models now and blocks until they are loaded; returns the wait in milliseconds.
     *
     * @throws IllegalStateException when the models could not be loaded (a set-up problem)
     */
    long awaitLoaded() {
        long start = System.nanoTime();
        model();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private LanguageDetector model() {
        try {
            return loading().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("language models failed to load: " + e.getCause(), e.getCause());
        }
    }

    /** The language of a line, with confidence; {@link Guess#UNKNOWN} when nothing can be said. */
    Guess identify(String line) {
        Map<Character.UnicodeScript, Integer> scripts = scriptCounts(line);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters == 0) return Guess.UNKNOWN;
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseThrow();
        boolean dominant = scripts.get(main) * 2 > letters;
        if (main != Character.UnicodeScript.LATIN && main != Character.UnicodeScript.CYRILLIC
                && main != Character.UnicodeScript.COMMON) {
            // kana anywhere means Japanese even when kanji (HAN) outnumber it
            if (scripts.containsKey(Character.UnicodeScript.HIRAGANA)
                    || scripts.containsKey(Character.UnicodeScript.KATAKANA)) {
                int cjk = scripts.getOrDefault(Character.UnicodeScript.HAN, 0)
                        + scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                        + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
                return new Guess("ja", cjk * 2 > letters);
            }
            String code = scriptLanguage(main);
            return code == null ? Guess.UNKNOWN : new Guess(code, dominant);
        }
        if (main == Character.UnicodeScript.LATIN && looksEnglish(line)) return new Guess("en", true);
        // too short to judge: skip the model (it costs ~1 ms a line) since the answer could not be trusted
        boolean cyrillic = main == Character.UnicodeScript.CYRILLIC;
        if (letters < (cyrillic ? 8 : MIN_LETTERS)) return Guess.UNKNOWN;
        if (cyrillic && dominant) {
            String code = cyrillicByLetters(line);
            if (code != null) return new Guess(code, true);
        }
        // Latin prose with no foreign function words is English prose or a list of names: never drop it
        if (!cyrillic && !hasForeignFunctionWords(line)) return Guess.UNKNOWN;
        SortedMap<Language, Double> values = model().computeLanguageConfidenceValues(line);
        if (values.isEmpty()) return Guess.UNKNOWN;
        var ranked = values.entrySet().stream()
                .sorted(Map.Entry.<Language, Double>comparingByValue().reversed()).toList();
        Language best = ranked.get(0).getKey();
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() / ranked.get(0).getValue() : 0;
        // Cyrillic cannot be English whatever the margin between Russian and Ukrainian
        boolean sure = dominant && (cyrillic || runnerUp <= MAX_RUNNER_UP);
        return new Guess(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), sure);
    }

    /**
     * Prose with at least three English function words making up a fifth of its words is English,
     * however many foreign names it holds ("Healey and Lecornu discussed ... with Sébastien ...").
     */
    static boolean looksEnglish(String line) {
        int words = 0, function = 0;
        for (String w : TOKENS.split(line.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(w)) function++;
        }
        return function >= 3 && function * 5 >= words;
    }

    /**
     * Ukrainian and Russian by the letters only one of them has; null when the line has neither kind
     * (or both), so the model decides.
     */
    private static String cyrillicByLetters(String line) {
        boolean uk = false, ru = false;
        for (int i = 0; i < line.length(); i++) {
            switch (Character.toLowerCase(line.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> uk = true;
                case 'ы', 'э', 'ъ', 'ё' -> ru = true;
                default -> {
                }
            }
        }
        return uk == ru ? null : uk ? "uk" : "ru";
    }

    /**
     * Two function words of another Latin-script language, or one in a line with no English function
     * word. Name particles ("de", "la", "van", "al") are left out: they fill English news too.
     */
    static boolean hasForeignFunctionWords(String line) {
        int english = 0, foreign = 0;
        for (String w : TOKENS.split(line.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            if (ENGLISH_FUNCTION_WORDS.contains(w)) english++;
            else if (FOREIGN_FUNCTION_WORDS.contains(w)) foreign++;
        }
        return foreign >= 2 || (foreign == 1 && english == 0);
    }

    private static Map<Character.UnicodeScript, Integer> scriptCounts(String line) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        line.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }

    private static String scriptLanguage(Character.UnicodeScript script) {
        return switch (script) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case ARABIC -> "ar";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            default -> null;
        };
    }
}
