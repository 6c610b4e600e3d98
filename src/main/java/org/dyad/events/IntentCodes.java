package org.dyad.events;

import org.dyad.clause.Intent;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO code of a stated intent to do an act ({@code intent-codes.tsv}): "offered to mediate"
 * (039), "pledged to send aid" (033), "threatened to cut aid" (1311). CAMEO codes what a party says
 * it will do as the saying of it, an agreement or a threat, since the act itself has not happened.
 * Immutable and thread-safe.
 */
final class IntentCodes {
    private static final String FILE = "intent-codes.tsv";

    private final Map<String, String> byPrefix;

    private IntentCodes(Map<String, String> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    static IntentCodes load() {
        Map<String, String> m = new HashMap<>();
        for (String[] r : KnowledgeFiles.rows(FILE, 2)) {
            String act = r[0].strip(), intent = r[1].strip();
            if (!act.matches("\\d{2,4}") || !intent.matches("\\d{3,4}"))
                throw new IllegalStateException("knowledge file " + FILE + ": not a CAMEO code pair: " + act + " " + intent);
            m.put(act, intent);
        }
        return new IntentCodes(m);
    }

    /**
     * The code of stating the intent to do {@code cameo}, or null when it is coded as the act: no
     * stated intent, an act with no intent code (a demand, an accusation, a protest), or a consent to
     * coerce ("agreed to impose sanctions" is the sanction decided, not a threat).
     */
    String of(String cameo, Intent intent) {
        if (cameo == null || intent == null || intent == Intent.NONE) return null;
        for (int n = Math.min(4, cameo.length()); n >= 2; n--) {
            String code = byPrefix.get(cameo.substring(0, n));
            if (code == null) continue;
            if (intent == Intent.CONSENT && code.startsWith("13")) return null;
            return code;
        }
        return null;
    }
}
