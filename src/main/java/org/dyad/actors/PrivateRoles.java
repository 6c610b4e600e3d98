package org.dyad.actors;

import java.util.Set;

import org.dyad.knowledge.KnowledgeFiles;

/**
 * What the words around a name say about a person who holds no office: a relative ("his daughter NAME",
 * "Her mother, NAME,") or someone working for an international body ("NAME, who leads X's international
 * legal team,"). Neither is the article's home country's actor by default: the quote conventions leave
 * such speakers stateless unless the article states their country. Word lists: {@code kin-nouns.txt},
 * {@code international-teams.txt}. Stateless.
 */
final class PrivateRoles {
    /** how far after the name the comma-set description or relative clause is read */
    private static final int CLAUSE = 14;

    private PrivateRoles() {
    }

    /** "his daughter NAME", "Lai's son NAME", "Her mother, NAME": a kin noun right before the name. */
    static boolean relative(SentenceWords w, int nameStart) {
        int k = nameStart - 1;
        if (k >= 0 && w.folded().get(k).equals(",")) k--;
        return k >= 1 && Lists.KIN.contains(w.folded().get(k));
    }

    /**
     * "NAME, who is leading X's international legal team,", "NAME, of an international aid group,": the
     * comma-set words after the name hold "international" and, at most two words on, a team's noun.
     */
    static boolean international(SentenceWords w, int nameEnd) {
        if (nameEnd >= w.size() || !w.folded().get(nameEnd).equals(",")) return false;
        for (int k = nameEnd + 1; k < w.size() && k <= nameEnd + CLAUSE; k++) {
            String f = w.folded().get(k);
            if (f.equals(",") || f.equals(".") || f.equals(";")) return false;
            if (!f.equals("international")) continue;
            for (int j = k + 1; j < w.size() && j <= k + 2; j++)
                if (Lists.TEAMS.contains(w.folded().get(j))) return true;
        }
        return false;
    }

    /**
     * "his colleague NAME", "X's colleague, NAME": a peer noun right before the name; returns the word before
     * the peer noun (the possessive), or null when there is none.
     */
    static String peerOwner(SentenceWords w, int nameStart) {
        int k = nameStart - 1;
        if (k >= 0 && w.folded().get(k).equals(",")) k--;
        return k >= 1 && Lists.PEERS.contains(w.folded().get(k)) ? w.folded().get(k - 1) : null;
    }

    /** a noun of kinship ("wife", "son") */
    static boolean isKin(String folded) {
        return Lists.KIN.contains(folded);
    }

    /** read on first use, after a --knowledge folder is set */
    private static final class Lists {
        static final Set<String> KIN = Set.copyOf(KnowledgeFiles.entries("kin-nouns.txt"));
        static final Set<String> TEAMS = Set.copyOf(KnowledgeFiles.entries("international-teams.txt"));
        static final Set<String> PEERS = Set.copyOf(KnowledgeFiles.entries("peer-nouns.txt"));
    }
}
