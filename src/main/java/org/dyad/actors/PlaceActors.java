package org.dyad.actors;

import org.dyad.article.ActorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actors a chunk names through places and institutions the gazetteer knows: countries and their
 * adjectives, capitals and seats of government used for their governments ("Moscow said"), bodies
 * and media outlets. A capital after a locative word is where something happened, not who acted
 * ("in Paris"), but a capital visited is the country visited ("visited Tbilisi"); an outlet is an actor only
 * near a word of reporting. Stateless.
 */
final class PlaceActors {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "throughout", "via", "through", "within", "into", "towards", "toward",
            "to", "from", "between", "over");
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "reported", "reports", "report", "told",
            "according", "quoted", "quoting", "cited", "citing", "wrote", "writes", "published", "interview",
            "reporting", "revealed", "learned", "learnt", "understands", "asked", "broadcast");

    /** An actor found on words {@code [from, to)} of the sentence. */
    record Found(Entity entity, int from, int to, ActorKind kind) {
    }

    private PlaceActors() {
    }

    /**
     * @param home   the article's home country, for a body named without one
     * @param phrase a free phrase rather than a sentence: capitals and outlets are actors without a verb to prove it
     */
    static List<Found> in(int s, SentenceWords w, Chunk c, String home, boolean phrase, Gazetteer gazetteer) {
        List<Found> out = new ArrayList<>();
        List<KnownActor> modifiers = c.countryModifiers();
        boolean nationalBody = c.pieces().stream().anyMatch(Chunker::isNationalBody);
        for (Piece p : c.pieces()) {
            if (p.type() != Piece.Type.PLACE) continue;
            KnownActor a = p.place();
            // "Italy's Defence Ministry", "the French Ministry of Defence": the country is a modifier here
            if (nationalBody && p.isCountryModifier()) continue;
            String country = a.country() != null && !(a.yields() && !modifiers.isEmpty()) ? a.country()
                    : !modifiers.isEmpty() ? modifiers.get(0).country() : home;
            // "ethnic Albanians in Serbia", "ethnic Serb mayors": people of a nation living in another
            // country are that country's, the one the article is about
            if (a.role() == KnownActor.Role.ADJECTIVE && p.start() > 0 && w.folded().get(p.start() - 1).equals("ethnic")
                    && home != null && !home.equals(country)) country = home;
            if (country == null) continue;
            Entity state = new Entity(gazetteer.countryName(country), null, country, null, null, true, s);
            switch (a.role()) {
                // "Franco-" names a country only in a compound with another one ("Indo-Pacific" does not)
                case COMBINING -> {
                    if (modifiers.contains(a)) out.add(new Found(state, p.start(), p.end(), ActorKind.STATE));
                }
                case COUNTRY -> out.add(new Found(state, p.start(), p.end(), ActorKind.STATE));
                case ADJECTIVE -> {
                    // "Young Tunisians marched on the ministry", "thousands of Afghans fled": a plural demonym as the
                    // head names the country's people, not its state, so they can act against it
                    // "Syrian Druze", "Georgian Abkhaz": a people named by the country they live in is that country's
                    // (only the people of the article's own country: "Serbs" in a story about Kosovo are
                    // more often spoken of as their nation's side than as people at odds with a state)
                    String lives = peopleOf(w, c, p) ? residence(c, p, country) : null;
                    if (lives != null && lives.equals(home)) out.add(new Found(new Entity(w.text(p.start(), p.end()), null, lives, "CVL", null, false, s),
                            p.start(), p.end(), ActorKind.ORGANIZATION));
                    else out.add(new Found(state, p.start(), p.end(), ActorKind.STATE));
                }
                case CAPITAL, SEAT -> {
                    // "LONDON, ENGLAND - NOVEMBER 02:" is a dateline, not the government
                    boolean dateline = Words.isAllCaps(w.text(p.start(), p.end())) && p.end() - p.start() == 1
                            && w.original(p.start()).length() > 3;
                    if (!dateline && (phrase || !isPlace(w, c.first().start())))
                        out.add(new Found(new Entity(a.role() == KnownActor.Role.SEAT ? a.name() : w.text(p.start(), p.end()),
                                null, country, a.sector(), null, true, s), p.start(), p.end(), ActorKind.STATE));
                }
                case BODY -> out.add(new Found(new Entity(a.name(), null, country, a.sector(), null, true, s),
                        p.start(), p.end(), ActorKind.ORGANIZATION));
                case MEDIA -> {
                    if (phrase || nearSpeech(w, p)) out.add(new Found(new Entity(a.name(), null, country, a.sector(), null, true, s),
                            p.start(), p.end(), ActorKind.ORGANIZATION));
                }
            }
        }
        return out;
    }

    /** The country a people lives in: a country named just before it ("Kosovo Serbs", not "Palestinians and Israelis"), else its own. */
    private static String residence(Chunk c, Piece people, String own) {
        int i = c.pieces().indexOf(people);
        Piece q = i > 0 ? c.pieces().get(i - 1) : null;
        return q != null && q.type() == Piece.Type.PLACE && q.isCountryModifier() && q.place().country() != null ? q.place().country() : own;
    }

    /** A plural demonym heading its chunk ("Algerians", "the Kurds"), tagged as a noun. */
    private static boolean peopleOf(SentenceWords w, Chunk c, Piece p) {
        if (p != c.pieces().get(c.pieces().size() - 1) || p.end() - p.start() != 1) return false;
        String tag = w.token(p.start()).pos(), word = w.folded().get(p.start());
        // a noun ending in a plural "s" ("Algerians"), not an adjective or "Swiss"
        return tag != null && tag.startsWith("NN") && word.endsWith("s") && !word.endsWith("ss");
    }

    /**
     * "in Paris", "at the Kremlin": a place, not an actor; but the capital one arrives in or travels to
     * ("arrived in Beijing", "a visit to Moscow") is the host, as a capital visited is.
     */
    private static boolean isPlace(SentenceWords w, int start) {
        if (start <= 0 || !LOCATIVE.contains(w.folded().get(start - 1))) return false;
        String prep = w.folded().get(start - 1);
        if (start > 1 && (prep.equals("in") || prep.equals("to")) && ARRIVING.contains(w.folded().get(start - 2))) return false;
        // "fired missiles at Kyiv", "launched rockets into Tel Aviv": the capital fired at is the country attacked
        if (prep.equals("at") || prep.equals("into")) return !after(w, start, FIRING);
        // "supplied drones to Moscow", "recalled its ambassador from Caracas", "criticism from London": what is
        // given goes to a government, an envoy or force is withdrawn from one, and a response comes from one
        if (prep.equals("to")) return !after(w, start, GIVING);
        if (prep.equals("from")) return !after(w, start, WITHDRAWING) && !REACTIONS.contains(w.folded().get(start - 2));
        return true;
    }

    /** One of the words within five words before the preposition at {@code start - 1}. */
    private static boolean after(SentenceWords w, int start, Set<String> words) {
        for (int k = Math.max(0, start - 5); k < start - 1; k++) if (words.contains(w.folded().get(k))) return true;
        return false;
    }

    /** Verbs of giving whose "to" names who receives. */
    private static final Set<String> GIVING = Set.of("supplied", "supplies", "supply", "supplying", "sold", "sells",
            "sell", "selling", "delivered", "delivers", "deliver", "delivering", "shipped", "ships", "ship", "shipping",
            "transferred", "transfers", "transfer", "transferring", "exported", "exports", "export", "exporting",
            "extradited", "extradite", "extradites", "extraditing", "handed", "hand", "hands", "handing",
            "provided", "provides", "provide", "providing", "gave", "gives", "give", "giving", "donated", "donates",
            "donate", "donating", "leaked", "leaks", "leak", "leaking");

    /** Nouns of response whose "from" names who responds: "criticism from London", "pressure from Beijing". */
    private static final Set<String> REACTIONS = Set.of("criticism", "condemnation", "rebuke", "praise", "support",
            "pressure", "protest", "protests", "backlash", "warning", "warnings", "call", "calls", "demand", "demands",
            "request", "requests", "invitation", "offer", "threat", "threats", "response", "reaction", "approval");

    /** Verbs of withdrawing whose "from" names the government left. */
    private static final Set<String> WITHDRAWING = Set.of("recalled", "recalls", "recall", "recalling", "withdrew",
            "withdrawn", "withdraws", "withdraw", "withdrawing", "expelled", "expels", "expel", "expelling");

    /** Verbs of firing whose "at" or "into" names who is fired at. */
    private static final Set<String> FIRING = Set.of("fired", "fires", "fire", "firing", "launched", "launches", "launch",
            "launching", "lobbed", "shot", "hurled", "aimed", "targeted");

    /** Words of travel whose "in" or "to" names the host: "arrived in", "flew to", "a visit to". */
    private static final Set<String> ARRIVING = Set.of("arrived", "arrive", "arrives", "arriving", "landed", "lands",
            "flew", "flies", "fly", "travelled", "traveled", "travels", "travel", "headed", "heads", "visit", "visits",
            "trip", "trips", "journey", "tour");

    private static boolean nearSpeech(SentenceWords w, Piece p) {
        for (int k = Math.max(0, p.start() - 3); k < Math.min(w.size(), p.end() + 3); k++)
            if (SPEECH.contains(w.folded().get(k))) return true;
        return false;
    }
}
