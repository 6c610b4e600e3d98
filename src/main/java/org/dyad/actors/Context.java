package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chunk (and its appositive) says about its person besides the name: country, title, office,
 * "former", "counterpart". Plain values read once per chunk.
 */
final class Context {
    String country;
    String titleCountry;
    TitleLexicon.Title title;
    String office;
    boolean group;
    boolean counterpart;
    boolean former;
    /** "Putin's spokesman": someone's, so a country can come from the owner */
    boolean possessed;
    /** "the officials", "a source": a determiner makes a bare title refer */
    boolean determiner;
    /** sector of an institution owning the title ("Pentagon spokesman": MIL) */
    String bodySector;
    private final List<TitleLexicon.Title> titles = new ArrayList<>();

    static Context of(Chunk c, SentenceWords w) {
        return of(c, w, 0);
    }

    /** The context for one title head of a chunk ("the French prime minister and [president]"). */
    static Context of(Chunk c, SentenceWords w, int head) {
        Context ctx = new Context();
        ctx.read(c, w, head);
        if (c.appositive() != null) ctx.read(c.appositive(), w, 0);
        return ctx;
    }

    private void read(Chunk c, SentenceWords w, int head) {
        // "the World Bank's country director for Kenya": the body owning the title, not the country it serves
        for (Piece p : c.pieces()) {
            if (p.type() == Piece.Type.TITLE) break;
            if (country == null && p.type() == Piece.Type.PLACE && !p.isCountryModifier() && Sectors.isBody(p.place().country()))
                country = p.place().country();
        }
        if (country == null && !c.countryModifiers().isEmpty()) country = c.countryModifiers().get(0).country();
        Piece possessor = c.possessor();
        if (country == null && possessor != null && possessor.type() == Piece.Type.PLACE) country = possessor.place().country();
        possessed = possessor != null;
        for (Piece p : c.pieces()) {
            // "director of the Lima Policy Institute": a place inside an organisation's name says nothing of whose
            if (p.type() == Piece.Type.PLACE && Description.insideOrganisationName(w, p.start())) continue;
            if (p.type() == Piece.Type.PLACE && !p.isCountryModifier() && p.place().country() != null) {
                if (country == null) country = p.place().country();
                if (bodySector == null) bodySector = p.place().sector();
                break;
            }
        }
        for (Piece p : c.pieces()) if (p.type() == Piece.Type.DETERMINER) determiner = true;
        List<List<Piece>> heads = c.titleHeads();
        if (heads.size() > head) {
            for (Piece p : heads.get(head)) {
                TitleLexicon.Title t = p.title();
                titles.add(t);
                title = t;
                if (t.office() != null) office = t.office();
                if (t.country() != null) titleCountry = t.country();
                group = t.group();
            }
        }
        for (Piece p : c.pieces()) {
            String word = p.word();
            if ("former".equals(word) || "ex".equals(word)) former = true;
        }
        for (Piece p : c.pieces())
            if (p.type() == Piece.Type.TITLE && w.folded().get(p.end() - 1).startsWith("counterpart")) counterpart = true;
    }

    /**
     * The sector the titles give: the first title's, unless it is only GOV-ish ("government troops",
     * "Foreign Office spokesman") and a later one is more specific.
     */
    String sector() {
        if (former) return "ELI";
        if (titles.isEmpty()) return null;
        String first = titles.get(0).sector();
        if (!first.equals("GOV")) return first;
        if (bodySector != null) return bodySector;
        for (TitleLexicon.Title t : titles) if (!t.sector().equals("GOV") && !t.sector().equals("ELI")) return t.sector();
        return first;
    }
}
