package org.dyad.clean;

import org.dyad.article.RemovalReason;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture recognised by shape rather than wording, as jusText and trafilatura do: reader
 * controls ("Text size Aa Aa", "100% Font Size", "• Dark"), labels with nothing after them ("Now
 * Reading:"), prompts addressed to the reader (verbs from {@code interface-prompts.txt}), the short
 * lines around a headline before the story starts, and other stories' headlines set between the
 * paragraphs of this one. Holds only the word list, so it may be shared.
 */
final class PageFurniture {

    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{L}][\\p{L}'’-]*\\s*:\\s*){1,3}$");
    private static final Pattern BULLET_ITEM = Pattern.compile("^[•·▪►◦‣∙]\\s*\\S+(?:\\s+\\S+)?$");
    private static final Pattern PERCENT = Pattern.compile("^\\d{1,3}%$");
    /**
     * "Sanctions: US targets officials in new round": a kicker of one to four words, a colon, a headline
     * of five words or more ("Rural posts are vital: Minister" is one headline with its source).
     */
    private static final Pattern KICKER_HEADLINE = Pattern.compile("^[^:!?\"“”\\s]+(?:\\s+[^:!?\"“”\\s]+){0,3}:\\s+[\\p{Lu}‘'\"“]\\S*(?:\\s+\\S+){4,}$");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.!?][\"”’]?\\s+\\p{Lu}");
    /** Lines this short around a headline, before any prose, are section labels, kickers and controls. */
    static final int LEAD_FURNITURE_WORDS = 5;
    /** An inline teaser headline is at least this long; subheadings are shorter. */
    static final int TEASER_MIN_WORDS = 8;
    static final int PROMPT_MAX_WORDS = 8;
    static final int SITE_PROMPT_MAX_WORDS = 25;

    private final Set<String> promptWords;
    /** "follow our channel", "subscribe to our newsletter", "follow us on": the site asking, not the story telling. */
    private final Pattern siteAsks;

    PageFurniture() {
        this(new HashSet<>(KnowledgeFiles.entries("interface-prompts.txt")));
    }

    PageFurniture(Set<String> promptWords) {
        this.promptWords = Set.copyOf(promptWords);
        this.siteAsks = Pattern.compile("\\b(?:" + String.join("|", this.promptWords) + ")\\s+(?:(?:to|on|for|in)\\s+)?(?:us|our)\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** The reason this line is a reader control, a bare label or a prompt, or null. */
    RemovalReason control(String line, LineShape s) {
        if (s.words() == 0) return null;
        // "Now Reading:", "Posted: Updated:": a label with nothing after it ("He said:" is lower-case)
        if (s.words() <= 3 && (LABEL.matcher(line).matches() || (line.endsWith(":") && s.titleCaseShare() == 1.0)))
            return RemovalReason.NAVIGATION;
        if (BULLET_ITEM.matcher(line).matches() && !s.terminal()) return RemovalReason.NAVIGATION;
        String[] tokens = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (s.words() <= LEAD_FURNITURE_WORDS && !s.terminal()) {
            Set<String> seen = new HashSet<>();
            for (String t : tokens) {
                // a repeated token ("Aa Aa", "A A A") or a bare percentage is a control, not a phrase
                if (PERCENT.matcher(t).matches() || (t.length() <= 3 && !seen.add(t))) return RemovalReason.NAVIGATION;
            }
        }
        boolean quoted = line.contains("\"") || line.contains("“") || line.contains("”");
        if (!quoted && s.words() <= SITE_PROMPT_MAX_WORDS && siteAsks.matcher(line).find()) return RemovalReason.NAVIGATION;
        if (s.words() <= PROMPT_MAX_WORDS && !quoted) {
            String first = tokens[0].replaceAll("[^\\p{L}]", "");
            boolean toReader = List.of(tokens).stream().anyMatch(t -> t.matches("you[r']?.*")) || s.words() <= 3;
            if (promptWords.contains(first) && toReader && s.words() >= 2) return RemovalReason.NAVIGATION;
        }
        return null;
    }

    /**
     * Before the first paragraph of prose: keeps the headline (the known title, else the longest
     * headline-like line of four or more words) and drops the other short lines there (section
     * labels, kickers, reader controls). Does nothing when no headline can be told apart.
     */
    static void dropLeadFurniture(LineShape[] shapes, RemovalReason[] reasons, String title) {
        int firstProse = -1;
        for (int i = 0; i < shapes.length && firstProse < 0; i++) if (reasons[i] == null && shapes[i].isProse()) firstProse = i;
        if (firstProse < 0) return;
        int headline = -1;
        for (int i = 0; i < firstProse; i++) {
            if (reasons[i] != null) continue;
            if (title != null && shapes[i].text().equals(title.strip())) {
                headline = i;
                break;
            }
            if (shapes[i].isHeadlineLike() && shapes[i].words() >= 4 && !shapes[i].text().endsWith(":")
                    && (headline < 0 || shapes[i].words() > shapes[headline].words())) headline = i;
        }
        if (headline < 0) return;
        for (int i = 0; i < firstProse; i++)
            if (i != headline && reasons[i] == null && shapes[i].words() <= LEAD_FURNITURE_WORDS)
                reasons[i] = RemovalReason.NAVIGATION;
    }

    /**
     * Between two paragraphs of prose, a long headline-shaped line with a kicker ("Topic: Other story's
     * headline") is a link to another story; subheadings are short and carry no kicker.
     */
    static void dropInlineTeasers(LineShape[] shapes, RemovalReason[] reasons) {
        boolean proseBefore = false;
        for (int i = 0; i < shapes.length; i++) {
            if (reasons[i] != null) continue;
            LineShape s = shapes[i];
            if (s.isProse()) {
                proseBefore = true;
                continue;
            }
            if (!proseBefore || s.terminal() || s.words() < TEASER_MIN_WORDS || !s.isHeadlineLike()) continue;
            if (!KICKER_HEADLINE.matcher(s.text()).find()) continue;
            for (int j = i + 1; j < shapes.length; j++) {
                if (reasons[j] != null) continue;
                if (shapes[j].isProse()) reasons[i] = RemovalReason.RELATED_HEADLINES;
                if (shapes[j].isProse() || !shapes[j].isHeadlineLike()) break;
            }
        }
    }

    private static final List<String> LIST_SEPARATORS = List.of(" -- ", " – ", " — ", " - ", " @ ", " | ", ": ");

    /**
     * The separator the list items from line {@code start} on share ("June 9 -- Arena, City"), when at
     * least two kept lines in a row carry the same one; else null.
     */
    static String listSeparator(LineShape[] shapes, RemovalReason[] reasons, int start) {
        int next = start;
        while (next < shapes.length && reasons[next] != null) next++;
        if (next >= shapes.length) return null;
        for (String sep : LIST_SEPARATORS) {
            if (!shapes[next].text().contains(sep)) continue;
            for (int j = next + 1; j < shapes.length; j++) {
                if (reasons[j] != null) continue;
                if (shapes[j].text().contains(sep)) return sep;
                break;
            }
        }
        return null;
    }

    /** A line holding a sentence end followed by a new sentence is prose, however it ends ("It fell. He was"). */
    static boolean hasInnerSentenceEnd(String line) {
        return INNER_SENTENCE_END.matcher(line).find();
    }
}
