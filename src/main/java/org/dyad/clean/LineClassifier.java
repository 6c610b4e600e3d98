package org.dyad.clean;

import org.dyad.article.RemovalReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, line by line, what is article body and what is debris, using each line's own words
 * ({@link BoilerplateRules}, {@link Datelines}), its language ({@link LanguageIdentifier}) and its
 * place on the page: a run of short headlines after "You may also like", the short lines left
 * after the last paragraph of prose, a repeat of an earlier line.
 */
final class LineClassifier {

    /** One input line after normalisation, and why it was dropped (null reason = kept). */
    record Verdict(String text, RemovalReason reason, String language) {
        boolean kept() {
            return reason == null;
        }
    }

    /** All verdicts in input order, with the article language and metadata lines found. */
    record Classification(List<Verdict> verdicts, String language, String byline, String dateline) {
    }

    private static final String DEFAULT_LANGUAGE = "en";
    /** A byline label with no names after it on the line. */
    private static final java.util.regex.Pattern BYLINE_LABEL = java.util.regex.Pattern.compile("(?i)(?:by|written by|words by|story by|posted by|von|par|por|di|door|av)\\s*:?");

    private final LanguageIdentifier languages;
    private final PageFurniture furniture = new PageFurniture();

    LineClassifier(LanguageIdentifier languages) {
        this.languages = languages;
    }

    /** Classifies every non-blank block, in order. */
    Classification classify(List<Block> blocks) {
        return classify(blocks, null);
    }

    /** Classifies every non-blank block, in order; {@code title}, when known, is the headline to keep. */
    Classification classify(List<Block> blocks, String title) {
        List<String> texts = new ArrayList<>();
        List<Block.Hint> hints = new ArrayList<>();
        List<Double> linkShares = new ArrayList<>();
        for (Block b : blocks) {
            if (b.text().isBlank()) continue;
            String t = JunkCharacters.normalise(b.text());
            // a line that was nothing but a symbol run is still reported, as it arrived
            texts.add(t.isEmpty() ? b.text().strip() : t);
            hints.add(b.hint());
            linkShares.add(b.linkShare());
        }
        Pass pass = new Pass(texts);
        for (int i = 0; i < pass.n; i++) {
            pass.reasons[i] = structural(texts.get(i), hints.get(i));
            if (pass.reasons[i] == null) pass.reasons[i] = linked(pass.shapes[i], linkShares.get(i));
            pass.guesses[i] = pass.reasons[i] == null ? languages.identify(texts.get(i)) : LanguageIdentifier.Guess.UNKNOWN;
        }
        String language = articleLanguage(texts, pass.guesses);
        for (int i = 0; i < pass.n; i++) if (pass.reasons[i] == null) pass.judge(i, language);
        for (int i = 0; i < pass.n; i++)
            if (pass.reasons[i] == null) pass.reasons[i] = furniture.control(texts.get(i), pass.shapes[i]);
        dropExpandToggles(texts, pass.reasons);
        dropDuplicates(texts, pass.reasons);
        PageFurniture.dropLeadFurniture(pass.shapes, pass.reasons, title);
        PageFurniture.dropInlineTeasers(pass.shapes, pass.reasons);
        dropTrailingShortLines(pass.shapes, pass.reasons);

        List<Verdict> verdicts = new ArrayList<>(pass.n);
        for (int i = 0; i < pass.n; i++) verdicts.add(new Verdict(texts.get(i), pass.reasons[i], pass.langs[i]));
        // a line holding a full date says more about when the story ran than a place-and-agency dateline
        return new Classification(verdicts, language, pass.byline,
                pass.dateLine != null ? pass.dateLine : pass.dateline);
    }

    /** The state of one classify call: lives on the caller's stack, so the classifier stays shareable. */
    private static final class Pass {
        final int n;
        final List<String> texts;
        final LineShape[] shapes;
        final LanguageIdentifier.Guess[] guesses;
        final RemovalReason[] reasons;
        final String[] langs;
        String byline, dateLine, dateline;
        boolean inRelatedRun, afterByline, bylineLabel;

        Pass(List<String> texts) {
            this.texts = texts;
            n = texts.size();
            shapes = new LineShape[n];
            for (int i = 0; i < n; i++) shapes[i] = LineShape.of(texts.get(i));
            guesses = new LanguageIdentifier.Guess[n];
            reasons = new RemovalReason[n];
            langs = new String[n];
        }

        /** Judges line i in reading order: context (byline, related run), language, wording, metadata. */
        void judge(int i, String language) {
            String t = texts.get(i);
            LineShape s = shapes[i];
            // "By Jane Doe" / "BBC News, Nairobi": the line under a byline is its affiliation
            boolean affiliation = afterByline && s.words() <= 6 && !s.terminal() && s.titleCaseShare() == 1.0;
            afterByline = false;
            if (affiliation) {
                reasons[i] = RemovalReason.BOILERPLATE;
                // a byline label alone ("By") heads its names, each on its own line, repeated by some sites
                afterByline = bylineLabel;
                return;
            }
            bylineLabel = false;
            // "By" alone on its line: the names follow on the next lines
            if (BYLINE_LABEL.matcher(t.strip()).matches()) {
                reasons[i] = RemovalReason.BOILERPLATE;
                afterByline = true;
                bylineLabel = true;
                return;
            }
            if (BoilerplateRules.isRelatedMarker(t, s)) {
                reasons[i] = RemovalReason.RELATED_HEADLINES;
                inRelatedRun = true;
                return;
            }
            // after a marker, other stories' headlines follow until prose resumes; headlines do not end
            // with a full stop, so a short sentence that does ("He denied it.") ends the run too
            if (inRelatedRun && !s.isProse() && !(s.endsWithFullStop() && s.words() >= 3)) {
                RemovalReason own = BoilerplateRules.match(t, s);
                reasons[i] = own != null ? own : RemovalReason.RELATED_HEADLINES;
                return;
            }
            inRelatedRun = false;
            LanguageIdentifier.Guess g = guesses[i];
            if (g.confident() && !g.code().equals(language)) {
                reasons[i] = RemovalReason.LANGUAGE;
                langs[i] = g.code();
                return;
            }
            reasons[i] = BoilerplateRules.match(t, s);
            if (reasons[i] != null) return;
            String names = Datelines.byline(t, s);
            if (names != null) {
                reasons[i] = RemovalReason.BOILERPLATE;
                if (byline == null) byline = names;
                afterByline = true;
            } else if (Datelines.isDateOnly(t)) {
                reasons[i] = RemovalReason.BOILERPLATE;
                if (dateLine == null) dateLine = t;
            } else if (dateline == null) {
                dateline = Datelines.leadingDateline(t);
            }
        }
    }

    /** What the line is before its context is read: junk, or what the HTML structure says. */
    private static RemovalReason structural(String text, Block.Hint hint) {
        if (JunkCharacters.isJunk(text)) return RemovalReason.JUNK;
        return switch (hint) {
            case CAPTION -> RemovalReason.CAPTION;
            case RELATED -> RemovalReason.RELATED_HEADLINES;
            case NAVIGATION -> RemovalReason.NAVIGATION;
            case BODY, HEADING -> null;
        };
    }

    /** Link share at or above which a block is links, not text (jusText draws the line lower, at 0.2, for short blocks). */
    static final double LINKED_BLOCK = 0.5;
    /** Prose that is mostly link text is still a teaser (headline plus summary) unless some of it is plain text. */
    static final double LINKED_PROSE = 0.8;

    /**
     * A block whose text is mostly inside links is a menu, a tag list or a list of other stories, on any
     * site: article paragraphs carry the odd inline link, never mostly links.
     */
    private static RemovalReason linked(LineShape shape, double linkShare) {
        if (linkShare < LINKED_BLOCK || (shape.isProse() && linkShare < LINKED_PROSE)) return null;
        return shape.isHeadlineLike() && shape.words() >= 4 ? RemovalReason.RELATED_HEADLINES : RemovalReason.NAVIGATION;
    }

    /**
     * The language holding most letters among lines whose language is certain; English by default.
     * English wins with a fifth of the letters: a short English story under a long foreign-language
     * footer of teasers is still an English story, and dropping it would lose the article.
     */
    private static String articleLanguage(List<String> texts, LanguageIdentifier.Guess[] guesses) {
        Map<String, Integer> letters = new HashMap<>();
        int total = 0;
        for (int i = 0; i < guesses.length; i++) {
            if (!guesses[i].confident()) continue;
            int n = LineShape.of(texts.get(i)).letters();
            letters.merge(guesses[i].code(), n, Integer::sum);
            total += n;
        }
        if (letters.getOrDefault(DEFAULT_LANGUAGE, 0) * 5 >= total) return DEFAULT_LANGUAGE;
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(DEFAULT_LANGUAGE);
    }

    /**
     * After the last line of prose, what is left is page furniture: trailing timestamps, footers,
     * headline lists without a marker. Two or more headline-like lines together are a related list.
     * A line that ends like a sentence stays, however short; so does a long lower-case line.
     * Nothing is dropped when the article has no prose at all.
     */
    private static void dropTrailingShortLines(LineShape[] shapes, RemovalReason[] reasons) {
        int lastProse = -1;
        for (int i = 0; i < shapes.length; i++) if (reasons[i] == null && shapes[i].isProse()) lastProse = i;
        if (lastProse < 0) return;
        List<Integer> tail = new ArrayList<>();
        for (int i = lastProse + 1; i < shapes.length; i++) if (reasons[i] == null) tail.add(i);
        long headlines = tail.stream().filter(i -> shapes[i].isHeadlineLike() && shapes[i].words() >= 4).count();
        String listSeparator = null;
        for (int i : tail) {
            LineShape s = shapes[i];
            // "Tour dates:" then "June 9 -- Arena, City": a list the story announces with a colon is the
            // story's own; its items share one separator, and the first item without it ends the list
            if (listSeparator != null && s.text().contains(listSeparator)) continue;
            listSeparator = null;
            if (s.words() >= 4 && s.text().endsWith(":")) {
                listSeparator = PageFurniture.listSeparator(shapes, reasons, i + 1);
                if (listSeparator != null) continue;
            }
            // a short closing sentence ("He denied the charges.") is still prose, and so is a longer
            // lower-case line that merely lost its full stop in scraping
            if (s.terminal() && !s.text().endsWith("?")) continue;
            if (PageFurniture.hasInnerSentenceEnd(s.text())) continue;
            if (s.words() > 12 && s.titleCaseShare() < 0.6) continue;
            reasons[i] = headlines >= 2 && s.isHeadlineLike() ? RemovalReason.RELATED_HEADLINES : RemovalReason.FOOTER;
        }
    }

    /** "... more" closing a cut line: the collapsed copy of a caption or teaser with its expand control. */
    private static final java.util.regex.Pattern COLLAPSED = java.util.regex.Pattern.compile("(?:\\.\\.\\.|…)\\s*more$");
    /** The prefix a collapsed copy and its expanded copy share. */
    private static final int TOGGLE_PREFIX = 40;

    /**
     * An expandable caption or teaser comes twice: cut, ending "... more", and whole, ending with its
     * collapse control "less". Both copies are page furniture wherever they sit; the expanded one is
     * recognised only by its collapsed twin, so a sentence that merely ends in "less" is kept.
     */
    private static void dropExpandToggles(List<String> texts, RemovalReason[] reasons) {
        Set<String> collapsed = new HashSet<>();
        for (String t : texts)
            if (COLLAPSED.matcher(t).find() && t.length() > TOGGLE_PREFIX) collapsed.add(t.substring(0, TOGGLE_PREFIX));
        if (collapsed.isEmpty()) return;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (reasons[i] != null || t.length() <= TOGGLE_PREFIX || !collapsed.contains(t.substring(0, TOGGLE_PREFIX))) continue;
            if (COLLAPSED.matcher(t).find() || t.endsWith(" less")) reasons[i] = RemovalReason.CAPTION;
        }
    }

    /**
     * A kept line of four or more words that repeats an earlier kept line word for word is dropped the
     * second time. Short repeats ("No.", "U.S.") can be real text and cost nothing to keep.
     */
    private static void dropDuplicates(List<String> texts, RemovalReason[] reasons) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (reasons[i] != null || LineShape.of(texts.get(i)).words() < 4) continue;
            String key = texts.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!seen.add(key)) reasons[i] = RemovalReason.DUPLICATE;
        }
    }
}
