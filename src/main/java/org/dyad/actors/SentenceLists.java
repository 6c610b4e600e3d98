package org.dyad.actors;

import java.util.List;
import java.util.Set;

/**
 * Lists of people inside one sentence, which give their members a country the members' own words
 * do not: "three members of the Chilean Senate - A, B and C" (members of a group with a stated
 * country), "the delegation includes ...; Finance Minister A; and envoy B" (an item takes the country
 * of the item before it). Holds the sentence's last such group; reset at each sentence.
 */
final class SentenceLists {

    /**
     * A group that ends at word {@code end}; {@code stated}: the sentence says its country ("of the U.S.
     * Senate"), else the country is only the article's home one and the group lends its members a sector.
     */
    record Group(int end, String country, String sector, boolean stated) {
    }

    /** words that may stand between a group and the members it lists */
    private static final Set<String> LISTING = Set.of(",", "and", "-", "—", "–", ":", "led", "by", "including", "such",
            "as", "namely", "(");

    private Group lastGroup;

    void reset() {
        lastGroup = null;
    }

    /** A group ends at word {@code end}: names listed after it may be its members. */
    void groupEndsAt(int end, String country, String sector, boolean stated) {
        lastGroup = new Group(end, country, sector, stated);
    }

    /** The group this name is listed as a member of, or null. */
    Group listedIn(SentenceWords w, Chunk c) {
        if (lastGroup == null || lastGroup.end() > c.first().start()) return null;
        boolean listing = false;
        for (int k = lastGroup.end(); k < c.first().start(); k++) {
            String f = w.folded().get(k);
            boolean name = "PERSON".equals(w.token(k).ner()) || Words.isCapitalized(w.original(k)) && !f.equals("and");
            if (!LISTING.contains(f) && !name) return null;
            listing |= LISTING.contains(f);
        }
        // "the opposition leaders A and B": the first member follows the group directly
        return listing || lastGroup.end() == c.first().start() ? lastGroup : null;
    }

    /** The country of the list item just before this name, when the name is the list's next item; else null. */
    static String listCountry(SentenceWords w, Chunk c, List<MentionOutput.Span> spansHere) {
        int start = c.first().start();
        if (start == 0 || spansHere.isEmpty()) return null;
        String before = w.folded().get(start - 1);
        String before2 = start > 1 ? w.folded().get(start - 2) : "";
        boolean listed = before.equals(";") || before.equals(",") || (before.equals("and") && (before2.equals(";") || before2.equals(",")));
        MentionOutput.Span last = spansHere.get(spansHere.size() - 1);
        // the item must end at the separator: "find X guilty, NAME, who ..." is a clause, not a list
        int gap = before.equals("and") ? 2 : 1;
        // "X, his wife, NAME, ...": a family member of the item before is listed with it
        if (listed && last.to() <= start && last.to() < start - gap && kinBetween(w, last.to(), start)) return last.entity().country;
        return listed && last.to() <= start && last.to() >= start - gap ? last.entity().country : null;
    }

    /** Words [from, to) are ", his wife ," or ", and her son ,": a possessive, a kin noun, commas and "and" only. */
    private static boolean kinBetween(SentenceWords w, int from, int to) {
        boolean kin = false;
        for (int k = from; k < to; k++) {
            String f = w.folded().get(k);
            if (PrivateRoles.isKin(f)) kin = true;
            else if (!f.equals(",") && !f.equals("and") && !f.equals("his") && !f.equals("her") && !f.equals("their")) return false;
        }
        return kin && to - from <= 5;
    }
}
