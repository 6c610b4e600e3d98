package org.dyad.locations;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.HandParse;
import org.dyad.article.Location;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The event locator of the locations tests: a small made-up gazetteer, hand-parsed sentences, and made-up events. */
final class LocatorKit {
    private static PlaceGazetteer gazetteer;
    private static final EventLocator LOCATOR = locator();

    static PlaceGazetteer g() {
        return gazetteer;
    }

    static EventLocator locator() {
        PlaceGazetteer g = PlaceGazetteer.empty();
        gazetteer = g;
        // geonameid, name, alternates, country, admin1, feature, population, lat, lon
        g.addRow(row("1", "Multan", "", "PAK", "02", "PPLA2", "64000", "29.54", "67.88"));
        g.addRow(row("2", "Multan", "", "IND", "10", "PPL", "90000", "20.10", "80.10"));
        g.addRow(row("3", "Punjab", "Baluchistan", "PAK", "02", "ADM1", "0", "28.0", "66.0"));
        g.addRow(row("4", "Paris", "", "FRA", "11", "PPLC", "2138551", "48.85", "2.35"));
        g.addRow(row("5", "Paris", "", "USA", "TX", "PPLA2", "24782", "33.66", "-95.56"));
        g.addRow(row("6", "Texas", "", "USA", "TX", "ADM1", "0", "31.0", "-99.0"));
        g.addRow(row("7", "Moscow", "", "RUS", "48", "PPLC", "10381222", "55.75", "37.62"));
        g.addRow(row("8", "Karachi", "", "PAK", "05", "PPLA", "11624219", "24.86", "67.01"));
        g.addRow(row("9", "Lahore", "", "PAK", "04", "PPLA", "6310888", "31.55", "74.34"));
        g.addRow(row("12", "Washington", "", "USA", "DC", "PPLC", "689545", "38.90", "-77.04"));
        g.addRow(row("13", "Washington", "", "USA", "WA", "ADM1", "7500000", "47.30", "-121.61"));
        g.addRow(row("10", "Kyiv", "Kiev", "UKR", "12", "PPLC", "2797553", "50.45", "30.52"));
        g.addRow(row("14", "Kabul", "", "AFG", "13", "PPLC", "3043532", "34.53", "69.17"));
        g.addRow(row("15", "Berlin", "", "DEU", "16", "PPLC", "3426354", "52.52", "13.41"));
        g.addRow(row("16", "Autonomous Republic of Crimea", "Republic of Crimea", "UKR", "11", "ADM1", "0", "45.25", "34.31"));
        g.addRow(row("17", "Prague", "", "CZE", "52", "PPLC", "1165581", "50.09", "14.42"));
        g.addRow(row("18", "Prague", "", "USA", "OK", "PPL", "2386", "35.49", "-96.69"));
        for (String[] c : List.of(row("PAK", "Pakistan", "Pakistani", "Islamabad"), row("RUS", "Russia", "Russian", "Moscow"),
                row("UKR", "Ukraine", "Ukrainian", "Kyiv"), row("FRA", "France", "French", "Paris"),
                row("USA", "United States", "American", "Washington"), row("IND", "India", "Indian", "New Delhi"),
                row("AFG", "Afghanistan", "Afghan", "Kabul"), row("DEU", "Germany", "German", "Berlin"),
                row("USA", "U.S.", "", ""), row("CZE", "Czechia", "Czech", "Prague")))
            g.addCountry(c);
        return new EventLocator(g, EventLocator.rules(KnowledgeFiles.rows(EventLocator.RULES, 3)),
                new HashSet<>(KnowledgeFiles.entries(EventLocator.PLACE_NOUNS)), new HashSet<>(KnowledgeFiles.entries(EventLocator.REMOTE_CONTACT)),
                new HashSet<>(KnowledgeFiles.entries(EventLocator.WORLD_REGIONS)));
    }

    static String[] row(String... cells) {
        return cells;
    }

    /** A hand-parsed sentence whose tokens carry NER tags ("Multan/CITY"). */
    static Sentence tagged(int index, int paragraph, String words, String tags, String deps) {
        List<String> ner = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (String w : words.trim().split("\\s+")) {
            int at = w.lastIndexOf('|');
            ner.add(at > 0 ? w.substring(at + 1) : "O");
            plain.append(at > 0 ? w.substring(0, at) : w).append(' ');
        }
        Sentence s = HandParse.sentence(index, plain.toString(), tags, deps);
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens())
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), ner.get(t.index()), null, t.begin(), t.end()));
        return new Sentence(index, paragraph, s.text(), s.begin(), s.end(), tokens, null, s.dependencies(), List.of(), List.of());
    }

    static AnnotatedArticle article(Sentence... sentences) {
        CleanArticle clean = new CleanArticle("t", "t.txt", null, "en", null, null, null, null, "", List.of());
        return new AnnotatedArticle(clean, List.of(sentences));
    }

    static CodedEvent event(PloverType type, String src, String tgt, int sentence, int anchor) {
        return new CodedEvent("t-e1", type, null, null, List.of(), new EventActor(src, src, null, src),
                new EventActor(tgt, tgt, null, tgt), null, null, "", sentence, anchor, null, 0.8);
    }

    static Location locate(AnnotatedArticle a, CodedEvent e) {
        return LOCATOR.locate(a, List.of(), List.of(e)).get(0).location();
    }

    /** The article's events, located together (one event's place may lend another its own). */
    static List<CodedEvent> locateAll(AnnotatedArticle a, List<CodedEvent> events) {
        return LOCATOR.locate(a, List.of(), events);
    }


    // "Police killed two protesters in Multan on Friday ."
    static final Sentence KILLED_IN_MULTAN = tagged(0, 0, "Police killed two protesters in Multan|CITY on Friday .",
            "NNS VBD CD NNS IN NNP IN NNP .", "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; case 6 5; obl 2 6; case 8 7; obl 2 8; punct 2 9");

    private LocatorKit() {
    }
}
