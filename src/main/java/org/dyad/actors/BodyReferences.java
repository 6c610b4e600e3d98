package org.dyad.actors;

import org.dyad.article.ActorKind;

/** Short references to bodies the article named in full before: acronyms and definite head nouns. */
final class BodyReferences {
    private BodyReferences() {
    }

    /**
     * Emits the short references of sentence s to bodies named in full before: "RSF" after "Rapid Support
     * Forces", "the council" or "the separatist group" (see {@link ShortReferences}).
     */
    static void find(int s, SentenceWords w, MentionOutput output) {
        for (int i = 0; i < w.size(); i++) {
            // "RSF" after "Rapid Support Forces"
            // "(EC)" right after the name it shortens is that name's own mention
            boolean introduced = i > 0 && w.original(i - 1).equals("(") || i > 0 && w.original(i - 1).equals("-LRB-");
            Entity body = output.covered(i, i + 1) || introduced ? null : output.shortNames.acronym(w.original(i));
            if (body != null) output.emit(body, w, s, i, i + 1, ActorKind.ORGANIZATION);
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!w.folded().get(i).equals("the")) continue;
            for (int j = i + 1; j <= i + 2 && j < w.size(); j++) {
                // "the council chamber", "the group of seven": the word is not the phrase's head
                if (j + 1 < w.size() && (w.folded().get(j + 1).equals("of") || isNoun(w, j + 1))) continue;
                if (!isWord(w, j) || !isNoun(w, j) || output.covered(i, j + 1)) continue;
                Entity body = output.shortNames.definite(w.folded().get(j));
                if (body != null) {
                    output.emit(body, w, s, i + 1, j + 1, ActorKind.ORGANIZATION);
                    break;
                }
            }
        }
    }

    /** a lower-case word ("council"), not a name, number or punctuation */
    private static boolean isWord(SentenceWords w, int i) {
        String o = w.original(i);
        return !o.isEmpty() && Character.isLowerCase(o.charAt(0)) && o.chars().allMatch(Character::isLetter);
    }

    private static boolean isNoun(SentenceWords w, int i) {
        String pos = w.token(i).pos();
        return pos != null && pos.startsWith("NN");
    }
}
