package org.dyad.events;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Noun triggers derived from the verb triggers through WordNet 3.1's derivational links: news states
 * as many events with nominalisations ("Russia's intervention in Ukraine", "the repression of
 * protesters", "its refusal") as with verbs, and the dictionaries list few of them. Only event
 * nouns are taken (suffixes of action nouns, never agent nouns such as "attacker"), only from a
 * verb's first senses, and each derived rule is a fallback: it needs an actor as target and ranks
 * below every written rule.
 */
final class Nominalizations {
    /** Action-noun endings; agent nouns ("-er", "-ist") and adjectives are not events. */
    private static final Pattern ACTION_NOUN = Pattern.compile(".{3,}(tion|sion|ment|ance|ence|al|ure|age|cy|ery)");
    private static final int SENSES = 1;
    /** WordNet's files of nouns that name acts and events; "government" (a group) or "furniture" are not events. */
    private static final Set<String> EVENT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.communication");

    private Nominalizations() {
    }

    /**
     * Noun rules for the verbs of {@code rules} that WordNet nominalises and that no rule already
     * has as a noun. Returns an empty list when WordNet cannot be read (the coder then works
     * without them).
     */
    static List<VerbRule> derive(List<VerbRule> rules) {
        Set<String> nouns = new HashSet<>();
        Map<String, VerbRule> verbs = new LinkedHashMap<>();
        // "suspend ties" -> "the suspension of ties": a rule naming its object lends it to the noun's "of" phrase
        List<VerbRule> withObjects = new ArrayList<>();
        for (VerbRule r : rules) {
            if (r.cameo().equals(VerbRule.NONE)) {
                if (r.noun()) nouns.add(r.lemma());
                continue;
            }
            if (r.noun()) nouns.add(r.lemma());
            // an adjective ("ready", "open") is no verb to nominalise
            else if (r.has(VerbRule.Flag.ADJECTIVE)) continue;
            // public statements (CAMEO 01) are not PLOVER events
            else if (r.cameo().startsWith("01")) continue;
            // a bare verb (no object, particle or complement) says what its nominalisation means
            else if (r.objects().isEmpty() && r.particle() == null && r.prep() == null && !r.lemma().contains(" "))
                verbs.merge(r.lemma(), r, (a, b) -> a.specificity() >= b.specificity() ? a : b);
            else if (!r.objects().isEmpty() && r.particle() == null && r.prep() == null && !r.lemma().contains(" ")
                    && !r.has(VerbRule.Flag.FALLBACK))
                withObjects.add(r);
        }
        nouns.addAll(org.dyad.knowledge.KnowledgeFiles.entries("nominal-exclusions.txt"));
        Dictionary wordnet = org.dyad.knowledge.WordNet.dictionary();
        if (wordnet == null) return List.of();
        List<VerbRule> out = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (VerbRule v : verbs.values()) {
            for (String noun : nominalisations(wordnet, v.lemma())) {
                if (nouns.contains(noun) || !added.add(noun)) continue;
                out.add(new VerbRule(true, noun, List.of(), null, null, Set.of(), v.cameo(), v.type(),
                        EnumSet.of(VerbRule.Flag.FALLBACK), "WordNet 3.1 nominalisation of '" + v.lemma() + "' (" + v.origin() + ")"));
            }
        }
        Map<String, Set<String>> nounsOf = new java.util.HashMap<>();
        for (VerbRule v : withObjects) {
            Set<String> ns = nounsOf.computeIfAbsent(v.lemma(), l -> nominalisations(wordnet, l));
            for (String noun : ns) {
                // a written noun rule of the same word stays in charge ("talks", "visit")
                if (nouns.contains(noun)) continue;
                out.add(new VerbRule(true, noun, v.objects(), null, null, Set.of(), v.cameo(), v.type(),
                        EnumSet.of(VerbRule.Flag.FALLBACK), "WordNet 3.1 nominalisation of '" + v.lemma() + "' with its object (" + v.origin() + ")"));
            }
        }
        return out;
    }

    /** The noun's first (most frequent) sense is an act, event or communication. */
    private static boolean namesAnAct(Dictionary wordnet, String noun) throws JWNLException {
        IndexWord w = wordnet.getIndexWord(POS.NOUN, noun);
        return w != null && !w.getSenses().isEmpty() && EVENT_NOUN_FILES.contains(w.getSenses().get(0).getLexFileName());
    }

    private static Set<String> nominalisations(Dictionary wordnet, String verb) {
        Set<String> out = new HashSet<>();
        try {
            IndexWord w = wordnet.getIndexWord(POS.VERB, verb);
            if (w == null) return out;
            List<Synset> senses = w.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                for (Word word : senses.get(i).getWords()) {
                    if (!word.getLemma().equalsIgnoreCase(verb)) continue;
                    for (Pointer p : word.getPointers(PointerType.DERIVATION)) {
                        if (p.getTargetPOS() != POS.NOUN) continue;
                        String n = ((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT);
                        if (!n.contains(" ") && ACTION_NOUN.matcher(n).matches() && namesAnAct(wordnet, n)) out.add(n);
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            // a word WordNet cannot read gives no nominalisation
        }
        return out;
    }
}
