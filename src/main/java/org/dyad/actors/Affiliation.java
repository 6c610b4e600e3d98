package org.dyad.actors;

/**
 * What the words around a person's name say of whom the person speaks for: a body they formerly belonged
 * to, an organisation the knowledge files do not place (then the article's home country is not theirs).
 */
final class Affiliation {
    private Affiliation() {
    }

    /**
     * "former member of the X Assembly NAME", "a former head of the Y Council NAME": the chunk starts at the
     * body, so the "former" before its "of" is read here.
     */
    static boolean formerMemberOf(SentenceWords w, int chunkStart) {
        int k = chunkStart - 1;
        if (k >= 0 && w.folded().get(k).equals("the")) k--;
        if (k < 1 || !w.folded().get(k).equals("of")) return false;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String f = w.folded().get(j);
            if (f.equals("former") || f.equals("ex")) return true;
            if (f.equals(",") || f.equals(".")) return false;
        }
        return false;
    }

    /**
     * "the X Assistance Project's NAME": the name follows an organisation's possessive the knowledge files do
     * not place, so the person speaks for it, not for the article's home country.
     */
    static boolean organisationOwned(SentenceWords w, int nameStart) {
        if (nameStart < 2) return false;
        String mark = w.folded().get(nameStart - 1);
        if (!mark.equals("'s") && !mark.equals("’s")) return false;
        int start = nameStart - 2;
        while (start > 0 && Words.isCapitalized(w.original(start - 1))) start--;
        return Words.isCapitalized(w.original(nameStart - 2)) && Description.namesOrganisation(w, start);
    }

    /** "NAME, director of the X Institute,": an appositive naming an organisation the person speaks for. */
    static boolean organisationAppositive(SentenceWords w, Chunk c) {
        Chunk a = c.appositive();
        if (a == null) return false;
        // the appositive chunk may stop at the organisation's name: read on to the closing comma
        for (int k = a.first().start(); k < w.size() && k < a.first().start() + 12 && !w.folded().get(k).equals(","); k++) {
            boolean opens = Words.isCapitalized(w.original(k)) && (k == 0 || !Words.isCapitalized(w.original(k - 1)));
            if (opens && Description.namesOrganisation(w, k)) return true;
        }
        return false;
    }
}
