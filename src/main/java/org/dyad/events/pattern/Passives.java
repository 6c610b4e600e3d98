package org.dyad.events.pattern;

import java.util.List;
import java.util.Set;

/**
 * PETRARCH-1's passive test: a verb phrase holding a past participle (VBN) followed by
 * {@code by}, with {@code was}/{@code is}/{@code been} (or {@code were}/{@code are}) as its auxiliary, is passive and its
 * participle is the verb to code (with source and target swapped).
 */
final class Passives {
    private static final Set<String> AUXILIARIES = Set.of("WAS", "IS", "BEEN", "WERE", "ARE");

    private Passives() {
    }

    /** Index of the participle's opening bracket, or -1 when the phrase is not passive. */
    static int passiveVerb(List<Item> items, int vp, int vpEnd) {
        int vbn = -1;
        for (int i = vp + 3; i < vpEnd; i++) {
            if (items.get(i).kind == Item.Kind.OPEN && items.get(i).label.startsWith("VBN")) {
                vbn = i;
                break;
            }
        }
        if (vbn < 0) return -1;
        int close = CommaClauses.matchingClose(items, vbn);
        boolean by = false;
        for (int i = close + 1; i < vpEnd; i++) {
            if (items.get(i).kind == Item.Kind.WORD && items.get(i).text().equals("BY")) {
                by = true;
                break;
            }
        }
        if (!by) return -1;
        for (int i = vbn - 1; i > vp; i--) {
            Item it = items.get(i);
            if (it.kind == Item.Kind.CLOSE && it.label.startsWith("VB") && i > 0
                    && items.get(i - 1).kind == Item.Kind.WORD && AUXILIARIES.contains(items.get(i - 1).text())) {
                return vbn;
            }
        }
        return -1;
    }
}
