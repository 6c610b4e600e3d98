package org.dyad.locations;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the place names of a sentence (runs of tokens with one place NER tag) and tells a place
 * used as a place ("in Moscow") from a place used for its government ("Moscow said").
 */
final class PlaceMentionFinder {
    static final Set<String> PLACE_TAGS = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION");
    /** prepositions that put an event somewhere; "with", "by", "against" make the name a party instead */
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around", "into", "onto", "on", "to", "off", "within", "through", "along",
            "over", "toward", "towards", "beyond", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "of", "out");
    private static final Set<String> TOPIC_CASES = Set.of("over", "toward", "towards", "beyond");
    /** nouns that make "of X" a place: "the city of X", not "the government of X" */
    private final Set<String> placeNouns;
    /** true for a name that stands for a state or territory ("U.S.", "Hong Kong"), whatever its NER tag */
    private final Predicate<String> stateName;

    /** true for a national capital's name: one the tagger missed ("a Phnom Penh court" left untagged) is still a place */
    private final Predicate<String> capitalName;

    PlaceMentionFinder(Set<String> placeNouns, Predicate<String> stateName) {
        this(placeNouns, stateName, n -> false);
    }

    PlaceMentionFinder(Set<String> placeNouns, Predicate<String> stateName, Predicate<String> capitalName) {
        this(placeNouns, stateName, capitalName, n -> false);
    }

    PlaceMentionFinder(Set<String> placeNouns, Predicate<String> stateName, Predicate<String> capitalName,
                       Predicate<String> countryAdjective) {
        this.placeNouns = Set.copyOf(placeNouns);
        this.stateName = stateName;
        this.capitalName = capitalName;
        this.countryAdjective = countryAdjective;
    }

    /** true for a country's adjective ("French"): "the French region" is no people's homeland */
    private final Predicate<String> countryAdjective;
    /** nouns that make a people's adjective an area: "the Tamil areas", "the Karen region" */
    private static final Set<String> HOMELAND_NOUNS = Set.of("region", "regions", "areas");
    private static final Set<String> DATELINE_MARKS = Set.of("—", "–", "-", "--", ":", "(");

    /**
     * @param firstOfArticle the article's first sentence, where a dateline may be written in any case ("Kyiv -")
     * @param mayHoldDateline a sentence opening one of the first paragraphs, where an upper-case dateline
     *                        ("BERLIN—") may follow a title line
     */
    List<PlaceMention> find(Sentence s, boolean firstOfArticle, boolean mayHoldDateline) {
        List<PlaceMention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        DependencyIndex deps = new DependencyIndex(s);
        int dateline = firstOfArticle || mayHoldDateline && !t.isEmpty() && upperCase(t.get(0).word()) ? datelineEnd(t) : -1;
        for (int i = 0; i < t.size(); ) {
            String tag = t.get(i).ner();
            if (tag.equals("NATIONALITY") && i + 1 < t.size() && t.get(i + 1).lemma().equalsIgnoreCase("capital")) {
                // "the French capital": a place, named by its country's adjective
                int head = i + 1;
                PlaceMention.Use use = use(s, deps, head, false);
                out.add(new PlaceMention(s.index(), s.paragraph(), i, i + 2, t.get(i).word(), PlaceMention.CAPITAL_OF, use,
                        deps.parent(head), null, caseWord(s, deps, head)));
                i += 2;
                continue;
            }
            if (homeland(t, i)) {
                int head = i + 1;
                out.add(new PlaceMention(s.index(), s.paragraph(), i, i + 2, text(s, i, i + 2), "LOCATION", use(s, deps, head, false),
                        deps.parent(head), null, caseWord(s, deps, head)));
                i += 2;
                continue;
            }
            int untagged = untaggedCapital(s, i);
            if (untagged < 0) untagged = untaggedSettlement(t, i);
            if (!PLACE_TAGS.contains(tag) && untagged < 0) {
                i++;
                continue;
            }
            int j = i + 1;
            if (untagged > 0) {
                tag = "CITY";
                j = untagged;
            }
            while (j < t.size() && tag.equals(t.get(j).ner())) j++;
            if (j < t.size() && !tag.equals("LOCATION") && t.get(j).ner().equals("LOCATION")) {
                // "Taiwan Strait", "Gaza Strip": a name that begins with another place's is one area
                tag = "LOCATION";
                while (j < t.size() && tag.equals(t.get(j).ner())) j++;
            } else if (tag.equals("LOCATION")) {
                // "Latin America", "Southeast Asia" tagged in two pieces: one name
                while (j < t.size() && PLACE_TAGS.contains(t.get(j).ner())) j++;
            }
            String name = text(s, i, j);
            boolean state = stateName.test(name);
            // "U.S." is often tagged LOCATION: a country's name is a country whatever the tagger says
            if (tag.equals("LOCATION") && state) tag = "COUNTRY";
            int head = head(deps, i, j);
            PlaceMention.Use use = i < dateline ? PlaceMention.Use.DATELINE : use(s, deps, head, state);
            out.add(new PlaceMention(s.index(), s.paragraph(), i, j, name, tag, use, deps.parent(head),
                    qualifier(s, j), caseWord(s, deps, head)));
            i = j;
        }
        return out;
    }

    /**
     * The end of a run of untagged proper nouns starting at {@code i} that is exactly a national capital's name
     * ("Phnom Penh" the tagger left as O), else -1. A run that goes on into more proper nouns is another name.
     */
    private int untaggedCapital(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!properUntagged(t.get(i)) || i > 0 && properUntagged(t.get(i - 1))) return -1;
        int j = i;
        while (j < t.size() && properUntagged(t.get(j))) j++;
        if (j < t.size() && t.get(j).pos().startsWith("NNP")) return -1;
        return capitalName.test(text(s, i, j)) ? j : -1;
    }

    /**
     * The end of a run of untagged proper nouns starting at {@code i} that a settlement noun introduces ("in the
     * town of X", "the village of X"), else -1: the phrase says it is a place, though the tagger, knowing no
     * such name, left it untagged. A run that goes on into a tagged name ("the city of X Province") is left
     * to the tagger.
     */
    private static int untaggedSettlement(List<Token> t, int i) {
        if (i < 3 || !properUntagged(t.get(i)) || !t.get(i - 1).word().equals("of")
                || !SETTLEMENT_NOUNS.contains(t.get(i - 2).word().toLowerCase(java.util.Locale.ROOT))
                || !t.get(i - 3).word().equalsIgnoreCase("the")) return -1;
        int j = i;
        while (j < t.size() && properUntagged(t.get(j))) j++;
        return j < t.size() && PLACE_TAGS.contains(t.get(j).ner()) ? -1 : j;
    }

    /** nouns for a settlement whose name may follow with "of" ("the town of X") */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "city", "village");

    /**
     * "the Tamil areas": a people's adjective (not a country's) before an area noun, with no name after it
     * ("the Tamil region of X" names X).
     */
    private boolean homeland(List<Token> t, int i) {
        if (i + 1 >= t.size() || !HOMELAND_NOUNS.contains(t.get(i + 1).word())) return false;
        Token a = t.get(i);
        boolean adjective = Set.of("NATIONALITY", "MISC", "RELIGION").contains(a.ner())
                || a.ner().equals("O") && (a.pos().equals("JJ") || a.pos().startsWith("NNP")) && Character.isUpperCase(a.word().charAt(0));
        if (!adjective || i == 0 || countryAdjective.test(a.word()) || stateName.test(a.word())) return false;
        if (!t.get(i - 1).word().equalsIgnoreCase("the") && !t.get(i - 1).pos().equals("POS")) return false;
        return i + 2 >= t.size() || !t.get(i + 2).word().equals("of");
    }

    private static boolean properUntagged(Token t) {
        return t.ner().equals("O") && t.pos().startsWith("NNP");
    }

    /** A dateline opens the article: capitalised place words, then a dash or colon, within its first tokens. */
    private static int datelineEnd(List<Token> t) {
        for (int i = 1; i < Math.min(t.size(), 8); i++) {
            if (DATELINE_MARKS.contains(t.get(i).word())) {
                for (int k = 0; k < i; k++) {
                    String w = t.get(k).word();
                    if (!w.equals(",") && !Character.isUpperCase(w.charAt(0))) return -1;
                }
                return i;
            }
        }
        return -1;
    }

    private static boolean upperCase(String w) {
        return w.length() > 1 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase());
    }

    /** The token of the span whose governor lies outside it. */
    private static int head(DependencyIndex deps, int begin, int end) {
        for (int k = end - 1; k >= begin; k--) {
            int p = deps.parent(k);
            if (p < begin || p >= end) return k;
        }
        return end - 1;
    }

    /**
     * How the sentence uses the name whose head token is {@code head}.
     *
     * @param state the name stands for a state or territory ("U.S. officials" names a party, "a Phnom Penh court" a place)
     */
    private PlaceMention.Use use(Sentence s, DependencyIndex deps, int head, boolean state) {
        Dependency up = deps.parentEdge(head);
        if (up == null || up.governor() < 0) return PlaceMention.Use.OBJECT;
        String rel = up.relation();
        // "off Crimea's coast", "in India's Assam state": the owner of a place is where it is, unless
        // the place acts ("Ukraine's border guards" is not a place noun, "the country's north said" is rare)
        if (rel.equals("nmod:poss") && placeNouns.contains(s.tokens().get(up.governor()).word().toLowerCase()))
            return use(s, deps, up.governor(), false) == PlaceMention.Use.ACTOR ? PlaceMention.Use.ACTOR : PlaceMention.Use.LOCATIVE;
        if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("nmod:poss") || rel.startsWith("obl:agent"))
            return PlaceMention.Use.ACTOR;
        String cas = caseWord(s, deps, head);
        if ("of".equals(cas))
            return placeNouns.contains(s.tokens().get(up.governor()).word().toLowerCase()) ? PlaceMention.Use.LOCATIVE : PlaceMention.Use.ACTOR;
        // "an edge over Japan", "policy toward China": a country after these is a topic; "drones over Kyiv" a place
        if (cas != null && state && TOPIC_CASES.contains(cas)) return PlaceMention.Use.ACTOR;
        // "tariffs on China", "keeping pressure on Iran": a country after "on" is what is aimed at; an area a
        // country's name stands for is a place ("on the West Bank", tagged as a location)
        if ("on".equals(cas) && state && (s.tokens().get(up.governor()).pos().startsWith("NN")
                || s.tokens().get(head).ner().equals("COUNTRY"))) return PlaceMention.Use.ACTOR;
        if (cas != null) return LOCATIVE_CASES.contains(cas) ? PlaceMention.Use.LOCATIVE : PlaceMention.Use.ACTOR;
        // "a Phnom Penh court" is somewhere; "the Russia attack", "US President" name a party
        if (rel.equals("compound") || rel.equals("amod")) {
            // "supplies sent from the Lima airport", "talks with Kabul officials": the noun's own preposition says
            // the name is no scene
            String nounCase = null;
            for (int noun = up.governor(), steps = 0; noun >= 0 && nounCase == null && steps < 3; steps++) {
                nounCase = caseWord(s, deps, noun);
                Dependency next = deps.parentEdge(noun);
                if (next == null || !next.relation().equals("compound")) break;
                noun = next.governor();
            }
            if (nounCase != null && !LOCATIVE_CASES.contains(nounCase)) return PlaceMention.Use.ACTOR;
            return state || s.tokens().get(head).ner().equals("COUNTRY") ? PlaceMention.Use.ACTOR : PlaceMention.Use.LOCATIVE;
        }
        if (rel.equals("obj") || rel.equals("iobj")) return PlaceMention.Use.OBJECT;
        if (rel.equals("conj") || rel.equals("appos")) {  // "in Multan and Lahore": the first member's use
            Dependency first = deps.parentEdge(up.governor());
            if (first != null && !first.relation().equals("conj") && !first.relation().equals("appos"))
                return use(s, deps, up.governor(), state);
        }
        return PlaceMention.Use.OBJECT;
    }

    /**
     * The preposition of a name ("in", "with"), as a case dependent, or null; a name in apposition or in a list
     * takes its first member's ("in the regional capital, X"; "in Multan and Lahore").
     */
    private static String caseWord(Sentence s, DependencyIndex deps, int head) {
        for (int k = head, steps = 0; k >= 0 && steps < 3; steps++) {
            for (Dependency d : deps.childEdges(k)) {
                if (d.relation().equals("case")) return s.tokens().get(d.dependent()).word().toLowerCase();
            }
            Dependency up = deps.parentEdge(k);
            // a later member of a list carries its preposition only in the relation's name ("on X, Y and Z": Y is obl:on)
            String carried = carriedPreposition(up);
            if (carried != null) return carried;
            if (up == null || !(up.relation().equals("appos") || up.relation().equals("conj"))) return null;
            k = up.governor();
        }
        return null;
    }

    /** relation subtypes that name no preposition */
    private static final Set<String> NOT_PREPOSITIONS = Set.of("poss", "tmod", "npmod", "agent", "relcl", "pass", "prt", "outer");

    /** The preposition an enhanced relation names ("obl:on" gives "on"), or null. */
    private static String carriedPreposition(Dependency up) {
        if (up == null) return null;
        String r = up.relation();
        int c = r.indexOf(':');
        if (c < 0 || !(r.startsWith("obl:") || r.startsWith("nmod:"))) return null;
        String p = r.substring(c + 1).toLowerCase();
        return NOT_PREPOSITIONS.contains(p) || !p.chars().allMatch(Character::isLetter) ? null : p;
    }

    /** "Multan, Pakistan", "Paris, Texas": the country or region named right after a place. */
    private static String qualifier(Sentence s, int end) {
        List<Token> t = s.tokens();
        if (end + 1 >= t.size() || !t.get(end).word().equals(",")) return null;
        String tag = t.get(end + 1).ner();
        if (!tag.equals("COUNTRY") && !tag.equals("STATE_OR_PROVINCE")) return null;
        // "duties on Peru, Chile and Japan": a list of countries, not a country's place
        if (t.get(end - 1).ner().equals("COUNTRY")) return null;
        int k = end + 1;
        while (k < t.size() && tag.equals(t.get(k).ner())) k++;
        // "in Goma, Belgium's foreign ministry said": a possessor opens the next clause, it does not qualify
        if (k < t.size() && t.get(k).pos().equals("POS")) return null;
        return text(s, end + 1, k);
    }

    static String text(Sentence s, int begin, int end) {
        List<Token> t = s.tokens();
        int from = t.get(begin).begin() - s.begin(), to = t.get(end - 1).end() - s.begin();
        if (from >= 0 && to <= s.text().length() && from < to) return s.text().substring(from, to);
        StringBuilder b = new StringBuilder();
        for (int k = begin; k < end; k++) b.append(k > begin ? " " : "").append(t.get(k).word());
        return b.toString();
    }
}
