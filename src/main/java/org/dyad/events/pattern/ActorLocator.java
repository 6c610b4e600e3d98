package org.dyad.events.pattern;

import java.util.List;

/**
 * Finds the source and target noun phrases of a verb when its pattern does not bind them:
 * the target is the first compound or coded phrase after the verb (else the first phrase);
 * the source is the nearest compound or coded phrase before it with a code other than the
 * target's, widened to the head of the subject noun phrase it sits in.
 */
final class ActorLocator {
    private ActorLocator() {
    }

    static PhraseLoc findTarget(List<Tok> lower) {
        for (Tok t : lower) {
            NounPhrase p = t.phrase();
            if (p == null) continue;
            if (p.compoundId >= 0) return new PhraseLoc(p, p.compoundId);
            if (!p.code.equals("---")) return new PhraseLoc(p, -1);
        }
        for (Tok t : lower) if (t.phrase() != null) return new PhraseLoc(t.phrase(), -1);
        return null;
    }

    static PhraseLoc findSource(List<Item> items, List<Tok> upper, PhraseLoc target, int verbIndex) {
        String targetCode = target.compound() >= 0 ? null : target.phrase().code;
        for (Tok t : upper) {
            NounPhrase p = t.phrase();
            if (p == null || p == target.phrase()) continue;
            if (p.compoundId >= 0 && p.compoundId != target.compound()) return new PhraseLoc(p, p.compoundId);
            if (p.compoundId < 0 && !p.code.equals("---") && !p.code.equals(targetCode)) {
                return headOfSubject(items, t.index(), verbIndex, target, targetCode, new PhraseLoc(p, -1));
            }
        }
        for (Tok t : upper) {
            NounPhrase p = t.phrase();
            if (p == null || p == target.phrase() || p.code.equals(targetCode) && !p.code.equals("---")) continue;
            return new PhraseLoc(p, -1);
        }
        return null;
    }

    /**
     * When the nearest coded phrase sits inside a larger noun phrase ("Gollum, centre of a row
     * between Radagast ..."), the first coded phrase of that noun phrase is the actor.
     */
    private static PhraseLoc headOfSubject(List<Item> items, int wordIndex, int verbIndex, PhraseLoc target, String targetCode,
                                     PhraseLoc nearest) {
        int outer = Sequences.outermostNounPhrase(items, wordIndex, verbIndex);
        if (outer < 0) return nearest;
        int end = CommaClauses.matchingClose(items, outer);
        for (int i = outer; i < end; i++) {
            Item it = items.get(i);
            if (it.kind != Item.Kind.NE_OPEN) continue;
            NounPhrase p = it.phrase;
            if (p == target.phrase()) continue;
            if (p.compoundId >= 0 && p.compoundId != target.compound()) return new PhraseLoc(p, p.compoundId);
            if (p.compoundId < 0 && !p.code.equals("---") && !p.code.equals(targetCode)) return new PhraseLoc(p, -1);
        }
        return nearest;
    }
}
