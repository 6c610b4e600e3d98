package org.dyad.events.pattern;

import java.util.List;
import org.dyad.dictionary.VerbForm;

/** The dictionary verb found at a verb position, with the item span it covers. */
record VerbHead(VerbForm form, int start, int end) {
    static VerbHead find(List<Item> items, int verbIdx, List<VerbForm> forms) {
        if (forms.isEmpty()) return null;
        VerbHead single = null;
        for (VerbForm f : forms) {
            if (!f.multiWord()) {
                if (single == null) single = new VerbHead(f, verbIdx, verbIdx);
                continue;
            }
            int end = verbIdx;
            boolean ok = true;
            for (String w : f.after()) {
                int q = Sequences.nextWord(items, end + 1, 1);
                if (q < 0 || !items.get(q).text().equals(w)) {
                    ok = false;
                    break;
                }
                end = q;
            }
            int start = verbIdx;
            for (int i = f.before().size() - 1; ok && i >= 0; i--) {
                int q = Sequences.nextWord(items, start - 1, -1);
                if (q < 0 || !items.get(q).text().equals(f.before().get(i))) {
                    ok = false;
                    break;
                }
                start = q;
            }
            if (ok) return new VerbHead(f, start, end);
        }
        return single;
    }
}
