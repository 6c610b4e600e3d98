package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a coded verb with its source and target locations into events: one per pair of
 * actor codes (compounds and {@code A/B} codes expand), no self-reference, symmetric codes
 * {@code A:B} giving both directions, passives swapping source and target, and uncoded
 * phrases reported as quoted text when new-actor reporting is on.
 */
final class EventPairs {
    private record Coded(String code, NounPhrase phrase) {
    }

    private EventPairs() {
    }

    private static List<Coded> codes(PhraseLoc loc, Map<Integer, List<NounPhrase>> compounds, CoderOptions opts) {
        List<NounPhrase> phrases = loc.compound() >= 0 ? compounds.getOrDefault(loc.compound(), List.of(loc.phrase()))
                : List.of(loc.phrase());
        List<Coded> out = new ArrayList<>();
        for (NounPhrase p : phrases) {
            if (!p.code.equals("---")) {
                for (String c : p.code.split("/")) if (!c.isEmpty()) out.add(new Coded(c, p));
            } else if (opts.newActorLength() > 0) {
                int spaces = p.words.size() - 1;
                out.add(new Coded(spaces < opts.newActorLength() ? "\"" + p.text() + "\"" : "---", p));
            } else if (loc.compound() < 0) {
                out.add(new Coded("---", p));
            }
        }
        if (out.isEmpty()) out.add(new Coded("---", loc.phrase()));
        return out;
    }

    static void make(List<PatternEvent> events, PhraseLoc source, PhraseLoc target, String code, boolean passive,
                                   Map<Integer, List<NounPhrase>> compounds, CoderOptions opts, int verbToken,
                                   boolean negated, String pattern) {
        List<Coded> src = codes(source, compounds, opts);
        List<Coded> tgt = codes(target, compounds, opts);
        int colon = code.indexOf(':');
        if (colon >= 0) {
            if (src.get(0).code().equals("---")) src = tgt;
            else if (tgt.get(0).code().equals("---")) tgt = src;
            pairs(events, src, tgt, code.substring(0, colon), passive, verbToken, negated, pattern);
            pairs(events, tgt, src, code.substring(colon + 1), passive, verbToken, negated, pattern);
        } else {
            pairs(events, src, tgt, code, passive, verbToken, negated, pattern);
        }
    }

    private static void pairs(List<PatternEvent> events, List<Coded> src, List<Coded> tgt, String code, boolean passive,
                              int verbToken, boolean negated, String pattern) {
        if (code.isEmpty()) return;
        for (Coded s : src) {
            for (Coded t : tgt) {
                if (s.code().equals(t.code())) continue; // no self-reference
                Coded a = passive ? t : s;
                Coded b = passive ? s : t;
                events.add(new PatternEvent(a.code(), b.code(), code, verbToken, a.phrase().begin(), a.phrase().end(),
                        b.phrase().begin(), b.phrase().end(), negated, passive, pattern));
            }
        }
    }
}
