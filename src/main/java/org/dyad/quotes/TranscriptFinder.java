package org.dyad.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview transcripts: turns written "Name: answer" ("Q: ... ? Doe: We will see ...")
 * or "Q: ... A: ...", at the start of a paragraph or right after a sentence ends. Each turn is its
 * speaker's words without quote marks. A text counts as a transcript only when one label answers at
 * least twice, so a headline "Macron: ..." or a "Note: ..." line is not a turn. Stateless.
 */
final class TranscriptFinder {
    /** a label: up to four capitalised words, optionally ", description" without a stop, then ": " */
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.?!\"”’)\\]]\\s{1,3})|(?<=\\n))(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s+[^:.?!\\n\"“”]{3,90})?):\\s+(?=\\S)",
            Pattern.MULTILINE);
    /** labels that head a line for other reasons */
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("note", "editor's note", "update",
            "photo", "video", "source", "read more", "related", "watch", "listen", "correction", "warning", "caption");
    private static final int MIN_TURNS = 4;

    /** One turn: the label as written, the answer's span in the text. */
    record Turn(String label, int labelBegin, int labelEnd, int begin, int end) {
        /** Q/A labels and interviewers' outlets are the questions */
        boolean question() {
            return label.equals("Q") || label.equals("Question");
        }
    }

    List<Turn> find(String text) {
        List<int[]> labels = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String label = m.group(1).strip();
            String key = key(label);
            if (NOT_SPEAKERS.contains(key.toLowerCase(java.util.Locale.ROOT))) continue;
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
            counts.merge(key, 1, Integer::sum);
        }
        // a transcript: several turns and a label that speaks again
        if (labels.size() < MIN_TURNS || counts.values().stream().noneMatch(n -> n >= 2)) return List.of();
        List<Turn> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            String label = text.substring(l[0], l[1]).strip();
            // a label seen once among repeated ones still counts when it carries a description ("Name, title:")
            if (counts.get(key(label)) < 2 && !label.contains(",")) continue;
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : paragraphEnd(text, l[2]);
            while (end > l[2] && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > l[2]) out.add(new Turn(label, l[0], l[1], l[2], end));
        }
        return out;
    }

    /** The name part of a label: "Jane Doe, former ... secretary" -> "Jane Doe"; its last word. */
    static String key(String label) {
        String name = label.split(",", 2)[0].strip();
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    private static int paragraphEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
