package org.dyad.events.pattern;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.article.ParseNode;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.DiscardList;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbPattern;

/**
 * The verb-pattern event coder (PETRARCH-1 semantics) over constituency trees. For every verb
 * phrase headed by a dictionary verb it matches the verb's patterns against the words before
 * the verb (back to the sentence start or a comma) and inside the verb phrase; the matching
 * pattern, or the verb's own code, gives the CAMEO code; the source is the nearest coded noun
 * phrase before the verb and the target the first coded noun phrase after it, unless the
 * pattern binds them ({@code $}, {@code +}, {@code %}). Built once, immutable, thread-safe.
 */
public final class PatternCoder {

    /** Why a sentence was not coded at all, if it was not. */
    public enum Skip { NONE, DATELINE, BAD_INPUT_PARSE, STORY_DISCARD, SENTENCE_DISCARD }

    /** Events of one sentence, or the reason it was skipped. */
    public record Outcome(List<PatternEvent> events, Skip skip, String detail) {
        public Outcome {
            events = List.copyOf(events);
        }
    }

    private final VerbDictionary verbs;
    private final NounPhraseActors actors;
    private final DiscardList discards;
    private final CoderOptions options;
    private final VerbMatcher matcher;

    private PatternCoder(VerbDictionary verbs, NounPhraseActors actors, DiscardList discards, CoderOptions options) {
        this.verbs = Objects.requireNonNull(verbs);
        this.actors = Objects.requireNonNull(actors);
        this.discards = discards == null ? DiscardList.empty() : discards;
        this.options = options == null ? CoderOptions.defaults() : options;
        this.matcher = new VerbMatcher(verbs);
    }

    /** Loads the dictionaries (PETRARCH-1 or PETRARCH-2 verb syntax); discards may be null. */
    public static PatternCoder load(Path verbsPath, List<Path> actorPaths, Path agentsPath, Path discardsPath,
                                    CoderOptions options) {
        return new PatternCoder(VerbDictionary.read(verbsPath),
                new DictionaryActors(ActorDictionary.read(actorPaths), AgentDictionary.read(agentsPath)),
                discardsPath == null ? DiscardList.empty() : DiscardList.read(discardsPath), options);
    }

    public static PatternCoder of(VerbDictionary verbs, NounPhraseActors actors, DiscardList discards,
                                  CoderOptions options) {
        return new PatternCoder(verbs, actors, discards, options);
    }

    public CoderOptions options() {
        return options;
    }

    /** Codes one parsed sentence with the dictionary actors and the coder's options. */
    public List<PatternEvent> code(ParseNode tree, LocalDate date) {
        return code(null, tree, date, options, actors).events();
    }

    /** Codes one parsed sentence, taking actor codes of noun phrases from {@code phraseActors}. */
    public List<PatternEvent> code(ParseNode tree, LocalDate date, NounPhraseActors phraseActors) {
        return code(null, tree, date, options, phraseActors).events();
    }

    /**
     * Codes one sentence with explicit options. {@code text} (may be null) is checked against
     * the discard list first. Never throws for odd trees: they give an empty outcome.
     */
    public Outcome code(String text, ParseNode tree, LocalDate date, CoderOptions opts, NounPhraseActors phraseActors) {
        if (text != null) {
            Optional<DiscardList.Hit> hit = discards.find(text);
            if (hit.isPresent()) {
                return new Outcome(List.of(), hit.get().story() ? Skip.STORY_DISCARD : Skip.SENTENCE_DISCARD, hit.get().phrase());
            }
        }
        if (tree == null) return new Outcome(List.of(), Skip.BAD_INPUT_PARSE, "no parse");
        List<Item> items;
        try {
            items = ClauseLinearizer.linearize(tree);
        } catch (ClauseLinearizer.DatelineException e) {
            return new Outcome(List.of(), Skip.DATELINE, "dateline");
        }
        items = CommaClauses.delete(items, opts);
        Map<Integer, List<NounPhrase>> compounds = assignCodes(items, date, phraseActors == null ? actors : phraseActors);
        return new Outcome(codeVerbs(items, compounds, opts), Skip.NONE, "");
    }

    /** Expands compounds nested in noun phrases, then codes every noun phrase. */
    private static Map<Integer, List<NounPhrase>> assignCodes(List<Item> items, LocalDate date, NounPhraseActors na) {
        int next = 0;
        for (Item it : items) if (it.kind == Item.Kind.NEC_OPEN) next = Math.max(next, it.compoundId + 1);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind != Item.Kind.NE_OPEN || !it.phrase.hasCompound()) continue;
            int end = i;
            while (end < items.size() && !(items.get(end).kind == Item.Kind.NE_CLOSE && items.get(end).phrase == it.phrase)) end++;
            NounPhrase whole = it.phrase;
            int id = next++;
            List<Item> repl = new ArrayList<>();
            repl.add(Item.necOpen(id));
            for (List<Word> element : whole.expansions()) {
                NounPhrase ne = new NounPhrase();
                ne.words.addAll(element);
                ne.compoundId = id;
                repl.add(Item.neOpen(ne));
                for (Word w : ne.words) repl.add(Item.word(w, ne));
                repl.add(Item.neClose(ne));
            }
            repl.add(Item.necClose(id));
            items.subList(i, Math.min(end + 1, items.size())).clear();
            items.addAll(i, repl);
            i += repl.size() - 1;
        }
        Map<Integer, List<NounPhrase>> compounds = new HashMap<>();
        for (Item it : items) {
            if (it.kind != Item.Kind.NE_OPEN) continue;
            String c = na.code(it.phrase.texts(), it.phrase.tokens(), date);
            it.phrase.code = c == null || c.isBlank() ? NounPhraseActors.NONE : c;
            if (it.phrase.compoundId >= 0) compounds.computeIfAbsent(it.phrase.compoundId, k -> new ArrayList<>()).add(it.phrase);
        }
        return compounds;
    }

    private List<PatternEvent> codeVerbs(List<Item> items, Map<Integer, List<NounPhrase>> compounds, CoderOptions opts) {
        List<PatternEvent> events = new ArrayList<>();
        for (int k = 1; k + 2 < items.size(); k++) {
            Item it = items.get(k);
            if (!it.isOpen("VP") || items.get(k + 1).kind != Item.Kind.OPEN || !items.get(k + 1).label.startsWith("VB")) continue;
            int vpEnd = CommaClauses.matchingClose(items, k);
            if (vpEnd < 0) continue;
            int verbOpen = k + 1;
            int passiveOpen = Passives.passiveVerb(items, k, vpEnd);
            if (passiveOpen >= 0) verbOpen = passiveOpen;
            int verbIdx = verbOpen + 1;
            if (verbIdx >= items.size() || items.get(verbIdx).kind != Item.Kind.WORD) continue;
            VerbHead head = VerbHead.find(items, verbIdx, verbs.forms(items.get(verbIdx).text()));
            if (head == null) continue;
            List<Tok> upper = Sequences.upper(items, head.start() - 1);
            List<Tok> lower = Sequences.lower(items, head.end() + 1, vpEnd);
            VerbMatcher.Binding bind = null;
            VerbPattern matched = null;
            for (VerbPattern p : verbs.patterns(head.form().block())) {
                bind = matcher.match(p, upper, lower, opts.patternPlurals());
                if (bind != null) {
                    matched = p;
                    break;
                }
            }
            // a matched pattern coded [---] marks a use of the verb that is not an event
            // ("avert an attack"), so it blocks the verb's own code
            String code = matched != null ? matched.code() : head.form().code();
            if (code.equals("---")) continue;
            PhraseLoc target = null;
            PhraseLoc source = null;
            if (bind != null) {
                if (bind.target != null) target = new PhraseLoc(bind.target, bind.targetIsCompound ? bind.target.compoundId : -1);
                if (bind.source != null) source = new PhraseLoc(bind.source, bind.sourceIsCompound ? bind.source.compoundId : -1);
            }
            if (target == null) target = ActorLocator.findTarget(lower);
            if (target != null) {
                if (source == null) source = ActorLocator.findSource(items, upper, target, head.start());
                if (source != null) {
                    Word verbWord = items.get(verbIdx).word;
                    boolean negated = Sequences.negated(upper, source.phrase());
                    EventPairs.make(events, source, target, code, passiveOpen >= 0, compounds, opts, verbWord.token(), negated,
                            matched != null && code.equals(matched.code()) ? matched.text() : head.form().word());
                }
            }
            k = vpEnd; // PETRARCH codes one event set per verb phrase
        }
        List<PatternEvent> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (PatternEvent e : events) {
            if (opts.requireDyad() && (e.source().equals("---") || e.target().equals("---"))) continue;
            if (seen.putIfAbsent(e.triple(), Boolean.TRUE) == null) out.add(e);
        }
        return out;
    }
}
