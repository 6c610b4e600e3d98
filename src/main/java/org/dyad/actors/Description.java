package org.dyad.actors;

import java.util.List;

/**
 * What an article says about a named person right after the name, set off by a comma: "NAME, the
 * junta leader,", "NAME, head of Ghana's Forestry Commission,", "NAME, governor of the
 * province, one of Spain's driest". The first segment gives the role (title) and a country or
 * body; a second segment may still give the country. Reading stops at a verb, a relative pronoun or
 * the end of the sentence, so "NAME, who said ..." and "NAME, 45, said" describe nothing.
 *
 * @param title   the first title the description holds, or null
 * @param country the country or body code the description names (possessor, modifier, "of" object, body), or null
 * @param body    the sector of the institution named with the title ("UNICEF's executive director": none;
 *                "the Pentagon's spokesman": MIL), or null
 * @param former  "a former diplomat", "ex-minister"
 * @param organisation the role is held in an organisation the knowledge files do not place ("director of the
 *                X Institute", "a fellow at Y University"): such a person speaks for it, not for the
 *                article's home country
 */
record Description(TitleLexicon.Title title, String country, String body, boolean former, boolean organisation) {
    private static final int MAX_PIECES = 16;

    /** before a place: where the person is or what they study ("in Quetta", "an expert on Russia"), not whose */
    private static final java.util.Set<String> LOCATED = java.util.Set.of("in", "near", "on", "about");
    /** before a proper name: the organisation the person belongs to ("owner of X", "a fellow at Y") */
    private static final java.util.Set<String> AFFILIATION = java.util.Set.of("of", "at", "with", "from", "based");

    static final Description NONE = new Description(null, null, null, false, false);

    boolean isEmpty() {
        return title == null && country == null && !former;
    }

    /**
     * The description that opens the sentence and ends in a comma right before the name ("The ministry's deputy
     * head, NAME, said"; "A historian at X University, NAME noted"), read as one after the name; or {@link #NONE}.
     *
     * @param nameAt index in {@code pieces} of the chunk's first piece
     */
    static Description before(List<Piece> pieces, int nameAt, SentenceWords w) {
        if (nameAt < 2 || !",".equals(pieces.get(nameAt - 1).word())) return NONE;
        boolean titled = false;
        for (int k = 0; k < nameAt - 1; k++) {
            Piece p = pieces.get(k);
            if (p.type() == Piece.Type.NAME || p.type() == Piece.Type.PRONOUN || ",".equals(p.word())) return NONE;
            // "Officials have said before, NAME said": a clause, not a description
            if (p.type() == Piece.Type.OTHER && stops(w, p)) return NONE;
            for (int t = p.start(); p.type() == Piece.Type.OTHER && t < p.end(); t++) {
                String pos = w.token(t).pos();
                if (pos != null && pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) return NONE;
            }
            if (p.type() == Piece.Type.TITLE) titled = true;
        }
        if (!titled) return NONE;
        List<Piece> read = new java.util.ArrayList<>(nameAt);
        read.add(pieces.get(nameAt - 1));
        read.addAll(pieces.subList(0, nameAt - 1));
        return after(read, 0, w);
    }

    /** The description following the piece at {@code after} (exclusive), or {@link #NONE}. */
    static Description after(List<Piece> pieces, int after, SentenceWords w) {
        if (after >= pieces.size() || !",".equals(pieces.get(after).word())) return NONE;
        // "NAME, who is Azerbaijani,": a nationality stated in a relative clause
        if (after + 3 < pieces.size() && "who".equals(pieces.get(after + 1).word())
                && ("is".equals(pieces.get(after + 2).word()) || "was".equals(pieces.get(after + 2).word()))
                && pieces.get(after + 3).isPlace(KnownActor.Role.ADJECTIVE) && pieces.get(after + 3).place().country() != null
                && (after + 4 >= pieces.size() || ",".equals(pieces.get(after + 4).word()) || ".".equals(pieces.get(after + 4).word())))
            return new Description(null, pieces.get(after + 3).place().country(), null, false, false);
        TitleLexicon.Title title = null;
        String country = null;
        String body = null;
        boolean former = false;
        boolean organisation = false;
        int segments = 0;
        boolean lastPlaceLocated = false;
        for (int k = after + 1; k < pieces.size() && k <= after + MAX_PIECES; k++) {
            Piece p = pieces.get(k);
            String word = p.word();
            if (",".equals(word)) {
                segments++;
                // a second segment ("one of Spain's provinces") may only add the country
                if (segments > 1 || (title == null && country == null)) break;
                continue;
            }
            if (p.type() == Piece.Type.OTHER && stops(w, p)) break;
            if (p.type() == Piece.Type.NAME || p.type() == Piece.Type.PRONOUN) break;
            if ("former".equals(word) || "ex".equals(word)) former = true;
            if (p.type() == Piece.Type.TITLE && title == null && segments == 0) title = p.title();
            // "president of the national assembly", "head of the supreme court": the body's branch is the sector
            // "leader of the X gang", "spokesman for the army": a body of another kind names the person's side too
            else if (p.type() == Piece.Type.TITLE && title != null && segments == 0 && body == null
                    && "GOV".equals(title.sector()) && ofBody(pieces, k, after) && !"GOV".equals(p.title().sector())
                    && !"ELI".equals(p.title().sector()) && (p.title().group() || !Sectors.isState(p.title().sector())))
                body = p.title().sector();
            String before = k > after + 1 && pieces.get(k - 1).word() != null ? pieces.get(k - 1).word() : "";
            // "an expert on the Gulf and Iran": the determiner stands between the place and what locates it
            if ("the".equals(before) && k > after + 2 && pieces.get(k - 2).word() != null) before = pieces.get(k - 2).word();
            // "in Quetta", "Berlin-based": where the person or the body is, not whose they are
            // "on Russia and China": a place joined to a located one is located too
            boolean located = LOCATED.contains(before) || based(pieces, k)
                    || "and".equals(before) && p.type() == Piece.Type.PLACE && lastPlaceLocated;
            if (p.type() == Piece.Type.PLACE) lastPlaceLocated = located;
            boolean affiliated = title != null || AFFILIATION.contains(before);
            if (p.type() == Piece.Type.OTHER && segments == 0 && affiliated && !located
                    && Words.isCapitalized(w.original(p.start())) && Character.isLetter(w.original(p.start()).charAt(0))
                    && namesOrganisation(w, p.start()))
                organisation = true;
            // "director of the Carnegie Russia Eurasia Center": a place inside an organisation's name is not whose
            // the person is, and the organisation is one the knowledge files do not place
            if (p.type() == Piece.Type.PLACE && affiliated && !located && insideOrganisationName(w, p.start())) {
                // "co-founder of the Syrian Center for X": a nationality opening the name says whose it is
                if (country == null && opensName(w, p)) country = p.place().country();
                else organisation = true;
                continue;
            }
            if (p.type() == Piece.Type.PLACE && country == null && p.place().country() != null && !located) {
                country = p.place().country();
                if (!p.isCountryModifier()) body = p.place().sector();
            }
        }
        // "owner of X Consulting": no title or country, yet the organisation still says whom the person speaks for
        return title == null && country == null && !former && !organisation ? NONE
                : new Description(title, country, body, former, organisation);
    }

    /**
     * "NAME from the Danish Institute of Marine Studies", "NAME of the Kenyan Law Society": with no comma, a
     * capitalised name right after the name that opens with a nationality gives that country; or {@link #NONE}.
     *
     * @param after index in {@code pieces} of the piece right after the name
     */
    static Description from(List<Piece> pieces, int after, SentenceWords w) {
        if (after >= pieces.size() || !("from".equals(pieces.get(after).word()) || "of".equals(pieces.get(after).word())))
            return NONE;
        for (int k = after + 1; k < pieces.size() && k <= after + 2; k++) {
            Piece p = pieces.get(k);
            if (p.type() == Piece.Type.DETERMINER || "the".equals(p.word())) continue;
            if (p.type() == Piece.Type.PLACE && p.place() != null && p.place().country() != null && opensName(w, p)
                    && p.end() < w.size() && Words.isCapitalized(w.original(p.end())))
                return new Description(null, p.place().country(), null, false, false);
            return NONE;
        }
        return NONE;
    }

    /** A nationality ("Syrian", "Spanish") that opens a capitalised name rather than sitting inside one. */
    private static boolean opensName(SentenceWords w, Piece p) {
        if (!p.isPlace(KnownActor.Role.ADJECTIVE)) return false;
        int i = p.start();
        return i == 0 || !Words.isCapitalized(w.original(i - 1)) || w.folded().get(i - 1).equals("the");
    }

    /**
     * Word i is a capitalised word inside a capitalised name that ends in an organisation's noun ("Carnegie
     * Russia Eurasia Center", "the Lima Policy Institute").
     */
    static boolean insideOrganisationName(SentenceWords w, int i) {
        int start = i;
        while (start > 0 && Words.isCapitalized(w.original(start - 1)) && Character.isLetter(w.original(start - 1).charAt(0)))
            start--;
        // a place may open the name too ("the Lima Policy Institute"), not when it owns it ("Peru's National Institute")
        boolean named = start < i || i + 1 < w.size() && Words.isCapitalized(w.original(i + 1))
                && Character.isLetter(w.original(i + 1).charAt(0));
        return named && namesOrganisation(w, start);
    }

    /** The capitalised name starting at word i ends in an organisation's noun ("the X Policy Institute"). */
    static boolean namesOrganisation(SentenceWords w, int i) {
        for (int j = i; j < w.size() && j < i + 8; j++) {
            String f = w.folded().get(j);
            if (OrganisationNouns.WORDS.contains(f)) return true;
            boolean glue = f.equals("of") || f.equals("for") || f.equals("and") || f.equals("the") || f.equals("'s") || f.equals("-");
            if (!glue && !Words.isCapitalized(w.original(j))) return false;
        }
        return false;
    }

    /** organisation-nouns.txt, read on first use (after a --knowledge folder is set) */
    private static final class OrganisationNouns {
        static final java.util.Set<String> WORDS = java.util.Set.copyOf(
                org.dyad.knowledge.KnowledgeFiles.entries("organisation-nouns.txt"));
    }

    /** The title at k is the object of "of", "for" or "to" right after the first title ("head of the ... court"). */
    private static boolean ofBody(List<Piece> pieces, int k, int after) {
        for (int j = k - 1; j > after && j >= k - 5; j--) {
            String word = pieces.get(j).word();
            if ("of".equals(word) || "for".equals(word) || "to".equals(word)) return true;
            if (pieces.get(j).type() == Piece.Type.TITLE) return false;
        }
        return false;
    }

    private static boolean based(List<Piece> pieces, int k) {
        return k + 2 < pieces.size() && "-".equals(pieces.get(k + 1).word()) && "based".equals(pieces.get(k + 2).word());
    }

    /** A verb, a relative pronoun, a stop or an age ends the description. */
    private static boolean stops(SentenceWords w, Piece p) {
        String f = p.word();
        if (f.equals(".") || f.equals(";") || f.equals(":") || f.equals("who") || f.equals("which") || f.equals("whose")
                || f.equals("—") || f.equals("--") || f.equals("(") || f.equals("said") || f.equals("says")) return true;
        String pos = w.token(p.start()).pos();
        return pos != null && pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG");
    }
}
