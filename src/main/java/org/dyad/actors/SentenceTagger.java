package org.dyad.actors;

import org.dyad.article.OfficeTerm;
import org.dyad.article.Token;
import org.dyad.dictionary.ActorMatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a sentence into {@link Piece}s, longest match first: names from the knowledge file, countries and
 * institutions, PETRARCH actors, other PERSON-tagged names, titles, then the small words that glue a
 * noun phrase together. Stateless; built once.
 */
final class SentenceTagger {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "professor", "mx", "rev", "sheikh", "mr.", "mrs.", "ms.", "dr.", "prof.");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "both", "two", "three", "several", "some", "many", "other", "another");
    private static final Set<String> MODIFIERS = Set.of("senior", "top", "former", "ex", "then", "outgoing", "incoming",
            "acting", "interim", "new", "newly", "current", "late", "veteran", "leading", "unnamed", "anonymous",
            "high-ranking", "high", "ranking", "junior", "defence", "defense", "foreign", "security", "national", "federal",
            "shadow", "elected", "appointed");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "they", "them");
    private static final List<List<String>> PAIRS = List.of(List.of("the", "pair"), List.of("the", "two", "leaders"),
            List.of("the", "two", "men"), List.of("the", "two", "women"), List.of("both", "leaders"),
            List.of("both", "men"), List.of("the", "duo"), List.of("the", "leaders"), List.of("both", "sides"),
            List.of("the", "two", "ministers"), List.of("the", "two", "foreign", "ministers"),
            List.of("the", "two", "defence", "ministers"), List.of("the", "two", "defense", "ministers"),
            List.of("both", "ministers"), List.of("the", "ministers"), List.of("the", "two", "sides"),
            List.of("the", "two", "countries"), List.of("the", "two", "nations"), List.of("the", "two", "neighbours"),
            List.of("the", "two", "neighbors"), List.of("the", "two", "governments"), List.of("both", "countries"),
            List.of("both", "nations"), List.of("both", "governments"), List.of("the", "two", "states"),
            List.of("the", "warring", "parties"), List.of("the", "warring", "sides"), List.of("both", "warring", "parties"),
            List.of("the", "two", "warring", "parties"), List.of("the", "two", "warring", "sides"));
    /** "both sides", "the warring parties": the sides of a conflict, whoever they are */
    private static boolean sides(List<String> pair) {
        String last = pair.get(pair.size() - 1);
        return last.equals("sides") || last.equals("parties");
    }

    /** "the two sides", "both countries", "the pair": a pair said to be two, not only plural ("the leaders") */
    private static boolean counted(List<String> pair) {
        return pair.contains("two") || pair.contains("both") || pair.contains("pair") || pair.contains("duo");
    }

    /** ship prefixes: "HMS Queen Elizabeth" is a carrier, not the Queen */
    private static final Set<String> SHIPS = Set.of("hms", "uss", "hmcs", "hmas", "ins", "rfs", "fs", "hmnzs");

    private static final Set<String> PLACE_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> NAMED_THINGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY",
            "ORGANIZATION", "FACILITY");

    private final OfficeHolders holders;
    private final Gazetteer gazetteer;
    private final PhoenixActors phoenix;
    private final TitleLexicon titles;

    SentenceTagger(OfficeHolders holders, Gazetteer gazetteer, PhoenixActors phoenix, TitleLexicon titles) {
        this.holders = holders;
        this.gazetteer = gazetteer;
        this.phoenix = phoenix;
        this.titles = titles;
    }

    List<Piece> tag(SentenceWords w, LocalDate day) {
        List<String> upper = PhoenixActors.upperWords(w.tokens());
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Piece p = pieceAt(w, upper, i, day);
            out.add(p);
            i = p.end();
        }
        for (int k = 0; k + 1 < out.size(); k++) {
            Piece p = out.get(k);
            // "the official green light", "military ties": a title word modifying a noun names no actor
            if (p.type() == Piece.Type.TITLE && out.get(k + 1).type() == Piece.Type.OTHER && modifiesNoun(w, out.get(k + 1))) {
                // "opposition organisers", "army recruits": a sector word on a noun for people names those people
                if (isPeopleHead(w, out, k + 1) && !against(w.token(out.get(k + 1).start()).lemma()))
                    out.set(k + 1, new Piece(Piece.Type.TITLE, out.get(k + 1).start(), out.get(k + 1).end(), List.of(),
                            p.title(), List.of(), null, null));
                else out.set(k, Piece.of(Piece.Type.MODIFIER, p.start(), p.end(), w.folded().get(p.end() - 1)));
            }
        }
        for (int k = 0; k + 1 < out.size(); k++) {
            // "Chilean pensioners", "Peruvian fishermen": a country's adjective on a plural noun for people
            // names that country's people, as "Sudanese villagers" does with a listed sector noun
            if (out.get(k).type() == Piece.Type.PLACE && out.get(k).isCountryModifier() && isPeopleHead(w, out, k + 1))
                out.set(k + 1, new Piece(Piece.Type.TITLE, out.get(k + 1).start(), out.get(k + 1).end(), List.of(),
                        PEOPLE, List.of(), null, null));
        }
        for (int k = 0; k + 2 < out.size(); k++) {
            // "Italian dock workers", "Kenyan farm labourers": a country's adjective, one or two plain nouns
            // saying what kind, then a title or a noun for people: the country's people of that kind
            if (out.get(k).type() != Piece.Type.PLACE || !out.get(k).isCountryModifier()) continue;
            int j = k + 1;
            while (j < out.size() && j <= k + 2 && kindNoun(w, out.get(j))) j++;
            if (j == k + 1 || j >= out.size()) continue;
            boolean people = isPeopleHead(w, out, j);
            if (out.get(j).type() != Piece.Type.TITLE && !people) continue;
            for (int m = k + 1; m < j; m++)
                out.set(m, Piece.of(Piece.Type.MODIFIER, out.get(m).start(), out.get(m).end(), w.folded().get(out.get(m).start())));
            if (people) out.set(j, new Piece(Piece.Type.TITLE, out.get(j).start(), out.get(j).end(), List.of(),
                    PEOPLE, List.of(), null, null));
        }
        return out;
    }

    /** A plain singular noun in lower case ("dock", "paper") that may say what kind of people follow. */
    private static boolean kindNoun(SentenceWords w, Piece p) {
        if (p.type() != Piece.Type.OTHER || p.end() - p.start() != 1) return false;
        String pos = w.token(p.start()).pos();
        return "NN".equals(pos) && !Words.isCapitalized(w.original(p.start()));
    }

    /** People set against the sector that names them: "government critics" are not the government. */
    private static final Set<String> AGAINST = Set.of("critic", "opponent", "rival", "enemy", "adversary", "victim",
            "protester", "protestor", "dissident", "detractor", "foe");

    private static boolean against(String lemma) {
        String l = lemma == null ? "" : lemma.toLowerCase(java.util.Locale.ROOT);
        return AGAINST.contains(l) || l.endsWith("s") && AGAINST.contains(l.substring(0, l.length() - 1));
    }

    /** A sector noun for people of no listed kind: civilians of the country that modifies it. */
    private static final TitleLexicon.Title PEOPLE = new TitleLexicon.Title("CVL", null, null, true);

    /** An unlisted plural noun ending its noun phrase whose first WordNet sense is a person. */
    private static boolean isPeopleHead(SentenceWords w, List<Piece> out, int k) {
        Piece p = out.get(k);
        if (p.type() != Piece.Type.OTHER || p.end() - p.start() != 1) return false;
        Token t = w.token(p.start());
        String pos = t.pos() == null ? "" : t.pos();
        if (!pos.equals("NNS") && !pos.equals("NNPS")) return false;
        if (p.end() < w.size()) {
            String next = w.token(p.end()).pos();
            // "Chinese investors' money", "Peruvian fishermen unions": the phrase goes on to another head
            if (next != null && (next.startsWith("NN") || next.equals("POS"))) return false;
        }
        return org.dyad.knowledge.PersonNouns.isPerson(t.lemma());
    }

    private static boolean modifiesNoun(SentenceWords w, Piece next) {
        Token t = w.token(next.start());
        String pos = t.pos() == null ? "" : t.pos();
        return (pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ")) && !Words.isCapitalized(w.original(next.start()))
                && !next.word().equals("-");
    }

    private Piece pieceAt(SentenceWords w, List<String> upper, int i, LocalDate day) {
        String f = w.folded().get(i);
        if (SHIPS.contains(f) && Words.isAllCaps(w.original(i))) {
            int j = i + 1;
            while (j < w.size() && (Words.isCapitalized(w.original(j)) || w.folded().get(j).equals("of"))) j++;
            return Piece.of(Piece.Type.OTHER, i, j, f);
        }
        int personEnd = personSpanEnd(w, i);
        PhraseTable.Match<OfficeTerm> known = holders.match(w, i);
        // "Queen Elizabeth Central Hospital": the NER saw a place or an institution, not the person
        if (known != null && NAMED_THINGS.contains(w.token(i).ner())) known = null;
        // "Queen Elizabeth Central": the name goes on, so it is someone (or something) else
        if (known != null && known.end() < w.size() && "PERSON".equals(w.token(known.end()).ner())
                && Words.isCapitalized(w.original(known.end())) && !w.original(known.end()).equals("-")) known = null;
        if (known != null && known.end() >= personEnd)
            return new Piece(Piece.Type.NAME, i, known.end(), List.of(), null, known.values(), null, null);
        PhraseTable.Match<KnownActor> place = gazetteer.match(w, i, day);
        // "Georgia" the US state: the NER knows which. For a capital it does not: it tags "Washington"
        // a state even where it is the government ("Washington imposed sanctions"), so only "Washington
        // state" is the state (and "in Washington" is a place, see PlaceActors)
        if (place != null && "STATE_OR_PROVINCE".equals(w.token(i).ner())
                && (place.values().get(0).role() == KnownActor.Role.COUNTRY
                    || place.values().get(0).role() == KnownActor.Role.CAPITAL && namesState(w, place.end())))
            place = null;
        // "ethnic Albanian mayors": people of that descent, not agents of the state of that name (the
        // people themselves, "ethnic Albanians demonstrated", stay as the knowledge files give them)
        if (place != null && i > 0 && w.folded().get(i - 1).equals("ethnic") && place.end() < w.size()
                && place.values().get(0).role() == KnownActor.Role.ADJECTIVE && !Words.isCapitalized(w.original(place.end()))
                && w.token(place.end()).pos() != null && w.token(place.end()).pos().startsWith("NN"))
            return Piece.of(Piece.Type.OTHER, i, place.end(), f);
        if (place != null && !(personEnd > place.end() && isPersonish(place.values().get(0))))
            return new Piece(Piece.Type.PLACE, i, place.end(), place.values(), null, List.of(), null, null);
        Piece dictionary = phoenixAt(w, upper, i, day, personEnd);
        if (dictionary != null) return dictionary;
        if (personEnd > i) return new Piece(Piece.Type.NAME, i, personEnd, List.of(), null, List.of(), null, null);
        for (List<String> pair : PAIRS) {
            if (i + pair.size() <= w.size() && w.folded().subList(i, i + pair.size()).equals(pair)
                    && (i + pair.size() == w.size() || !Words.isCapitalized(w.original(i + pair.size()))))
                return Piece.of(Piece.Type.PRONOUN, i, i + pair.size(), sides(pair) ? "sides" : counted(pair) ? "two" : "pair");
        }
        PhraseTable.Match<TitleLexicon.Title> title = titles.match(w, upper, i);
        if (title != null)
            return new Piece(Piece.Type.TITLE, i, title.end(), List.of(), title.values().get(0), List.of(), null, null);
        if (HONORIFICS.contains(f) && i + 1 < w.size() && Words.isCapitalized(w.original(i + 1)))
            return Piece.of(Piece.Type.HONORIFIC, i, i + 1, f);
        if (f.equals("'s") || f.equals("'")) return Piece.of(Piece.Type.POSSESSIVE, i, i + 1, f);
        if (PRONOUNS.contains(f) && isPronounTag(w.token(i))) return Piece.of(Piece.Type.PRONOUN, i, i + 1, f);
        // "his release", "their homes": a possessive before a plain noun names its owner as a party; before a
        // title or a name ("his French counterpart", "her spokesman") it only says whose the title is
        if (Words.POSSESSIVE_PRONOUNS.containsKey(f) && isPronounTag(w.token(i)) && i + 1 < w.size()
                && !Words.isCapitalized(w.original(i + 1)) && !MODIFIERS.contains(w.folded().get(i + 1))
                && w.token(i + 1).pos() != null && w.token(i + 1).pos().startsWith("NN") && titles.match(w, upper, i + 1) == null)
            return Piece.of(Piece.Type.PRONOUN, i, i + 1, Words.POSSESSIVE_PRONOUNS.get(f));
        if (DETERMINERS.contains(f)) return Piece.of(Piece.Type.DETERMINER, i, i + 1, f);
        if (MODIFIERS.contains(f)) return Piece.of(Piece.Type.MODIFIER, i, i + 1, f);
        if (f.equals("and") || f.equals("&") || f.equals("-") || f.equals(",") || f.equals("/"))
            return Piece.of(Piece.Type.JOIN, i, i + 1, f);
        return Piece.of(Piece.Type.OTHER, i, i + 1, f);
    }

    /** The word after a capital's name makes it the province of that name ("Washington state", "Washington State University"). */
    private static boolean namesState(SentenceWords w, int end) {
        return end < w.size() && (w.folded().get(end).equals("state") || Words.isCapitalized(w.original(end))
                && !w.original(end).equals("-") && Character.isLetter(w.original(end).charAt(0)));
    }

    /** A country or capital word that may begin a person's name ("Jordan Bardella", "George Washington"). */
    private static boolean isPersonish(KnownActor a) {
        return a.role() == KnownActor.Role.COUNTRY || a.role() == KnownActor.Role.CAPITAL
                || a.role() == KnownActor.Role.ADJECTIVE;
    }

    /** Words for the government a leader heads, written after the leader's name. */
    private static final Set<String> LEADERS_RULE = Set.of("administration", "government", "regime", "cabinet");

    private Piece phoenixAt(SentenceWords w, List<String> upper, int i, LocalDate day, int personEnd) {
        if (phoenix == null || w.firstWord(w.tokenIndex(i)) != i || !Words.isCapitalized(w.original(i))
                || DETERMINERS.contains(w.folded().get(i))) return null;
        Optional<ActorMatch> m = phoenix.actorAt(upper, w.tokenIndex(i), day);
        // a person whose every dictionary term ended before the article: a former office holder
        if (m.isEmpty() && "PERSON".equals(w.token(i).ner())) m = phoenix.formerAt(upper, w.tokenIndex(i), day);
        if (m.isEmpty()) return null;
        int end = w.firstWord(m.get().end());
        // "the Reagan administration", "the Assad regime": a leader's name before the word for the leader's
        // government is a dictionary phrase that ends in lower case
        boolean governed = end - i > 1 && LEADERS_RULE.contains(w.folded().get(end - 1));
        if (!Words.isCapitalized(w.original(end - 1)) && !governed || end < personEnd) return null;
        // a lone dictionary word that is also an English word ("Turkey" is caught above; "Bush" is not a bush)
        if (end - i == 1 && !"PERSON".equals(w.token(i).ner()) && w.original(i).length() < 4) return null;
        PhoenixActors.Code code = PhoenixActors.split(m.get().code());
        if (code == null || (!gazetteer.isCountryCode(code.country()) && !"IGO".equals(code.sector()))) return null;
        String ner = w.token(i).ner();
        // "Kursk" the city is no actor; a body must look like one to the NER, or be an acronym
        if (PLACE_TAGS.contains(ner)) return null;
        if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner) && !"MISC".equals(ner)
                && !(end - i == 1 && Words.isAllCaps(w.original(i)))) return null;
        if (!"PERSON".equals(ner)) {
            // an institution or group the dictionaries know, not a person
            KnownActor body = new KnownActor(w.text(i, end), code.country(), code.sector(), KnownActor.Role.BODY, null, null);
            return new Piece(Piece.Type.PLACE, i, end, List.of(body), null, List.of(), null, null);
        }
        return new Piece(Piece.Type.NAME, i, end, List.of(), null, List.of(), code, null);
    }

    /** End (exclusive) of the PERSON-tagged run of capitalised words starting at word i, or i. */
    private static int personSpanEnd(SentenceWords w, int i) {
        int j = i;
        while (j < w.size()) {
            Token t = w.token(j);
            boolean hyphen = w.original(j).equals("-") && j > i;
            // "Moon Jae-in": a lower-case part after a hyphen inside the name is still the name
            boolean hyphenated = j > i && w.original(j - 1).equals("-");
            // "Samir al-Rahim": the Arabic article opening a surname is part of the name, though lower-case
            boolean article = j > i && j + 2 < w.size() && w.original(j + 1).equals("-")
                    && org.dyad.knowledge.SpeechWords.capitalised(w.original(j) + "-" + w.original(j + 2));
            if (!"PERSON".equals(t.ner()) || !(hyphen || hyphenated || article || Words.isCapitalized(w.original(j)))
                    || isPronounTag(t)) break;
            j++;
        }
        while (j > i && w.original(j - 1).equals("-")) j--;
        return j;
    }

    private static boolean isPronounTag(Token t) {
        return t.pos() != null && t.pos().startsWith("PRP");
    }
}
