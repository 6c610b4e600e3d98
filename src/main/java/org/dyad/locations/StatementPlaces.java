package org.dyad.locations;

import org.dyad.article.CodedEvent;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Location;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where a statement, a call or a sanction was made: it happens nowhere in what it talks about, so only its own
 * clause or the clause that reports it places it ("told reporters in Geneva that ..."), or a venue its opening
 * phrase names and an earlier sentence placed ("At the summit, ..."), or the place that names the speaking
 * body ("a Lima court said"); else the dateline when made at home or by an international body.
 */
final class StatementPlaces {
    static final String SEATED_BODIES = "seated-bodies.txt";
    private static final Set<String> AT = Set.of("in", "at");
    /** how many words before a place an earlier sentence may name the venue it places ("a forum at the institute in X") */
    private static final int VENUE_REACH = 6;
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final PlaceGazetteer gazetteer;
    private final PlacePicker picker;
    private final ActorStates actors;
    /** "a Lima court": bodies that sit in their city, unlike a capital's officials who stand for the state */
    private final Set<String> seatedBodies = Set.copyOf(KnowledgeFiles.entries(SEATED_BODIES));

    StatementPlaces(PlaceGazetteer gazetteer, PlacePicker picker, ActorStates actors) {
        this.gazetteer = gazetteer;
        this.picker = picker;
        this.actors = actors;
    }

    /** Where the statement was made, or nowhere; {@code src} is the speaker's state (null for none). */
    Optional<Location> locate(EventScene ctx, CodedEvent e, String src) {
        ArticlePlaces a = ctx.article();
        int si = e.sentenceIndex();
        Optional<Location> own = picker.best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && AT.contains(String.valueOf(m.preposition())) && !gazetteer.lookup(m.text()).isEmpty()
                && PlaceAttachment.venue(a.deps(si), a.sentences.get(si), m, e.anchor(), true), (m, l) -> true);
        if (own.isPresent()) return own;
        // "At a congress that ended in Lima, X urged ...": a fronted phrase sets the scene of the main
        // clause (however the parse hangs it), when it lies in the speaker's own country
        Optional<Location> fronted = picker.best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && !gazetteer.lookup(m.text()).isEmpty() && PlaceAttachment.fronted(a.deps(si), a.sentences.get(si), m, e.anchor()),
                (m, l) -> src == null || src.equals(l.country()));
        if (fronted.isPresent()) return fronted;
        // "Speaking at the forum, X urged ...": a venue the opening phrase names without its place is where the
        // story put that venue before ("a forum at the institute in Y" two paragraphs up)
        Optional<Location> recalled = recalledVenue(ctx, si, e.anchor());
        if (recalled.isPresent()) return recalled;
        // "a Lahore court alleged ...": the place that names the speaking body says where it spoke; a capital there
        // stands for the government ("Beijing officials said")
        Optional<Location> speaker = picker.best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && m.preposition() == null && (gazetteer.capitalOf(m.text()).isEmpty() || seated(a.sentences.get(si), m))
                && !gazetteer.lookup(m.text()).isEmpty()
                && PlaceAttachment.namesSpeaker(a.deps(si), a.sentences.get(si), m, e.anchor()),
                (m, l) -> src == null || src.equals(l.country()));
        if (speaker.isPresent()) return speaker;
        Optional<Location> dateline = a.dateline(ctx);
        if (src == null) return actors.nonState(e.source()) ? dateline : Optional.empty();
        return dateline.filter(l -> src.equals(l.country()));
    }

    /** The name qualifies a body that sits in its city ("a Lima court"), not the officials of a capital. */
    private boolean seated(Sentence s, PlaceMention m) {
        return m.governor() >= 0 && seatedBodies.contains(s.tokens().get(m.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The place an earlier sentence gave the venue that the event's opening phrase names without one: the
     * phrase ("At the summit,", "Speaking at the institute's forum,") sets the scene of the main clause, and an
     * earlier sentence wrote one of its nouns just before a place ("a summit in X").
     */
    private Optional<Location> recalledVenue(EventScene ctx, int si, int anchor) {
        ArticlePlaces a = ctx.article();
        List<Token> t = a.sentences.get(si).tokens();
        if (anchor < 0 || t.size() < 3) return Optional.empty();
        boolean opens = PlaceAttachment.FRONTING.contains(t.get(0).word().toLowerCase(Locale.ROOT))
                || t.get(0).pos().equals("VBG") && PlaceAttachment.FRONTING.contains(t.get(1).word().toLowerCase(Locale.ROOT));
        int first = -1;
        for (int k = 0; k < t.size() && first < 0; k++) if (t.get(k).word().equals(",")) first = k;
        final int comma = first;
        if (!opens || comma < 0 || anchor < comma || a.mentions.get(si).stream().anyMatch(m -> m.tokenBegin() < comma)) return Optional.empty();
        DependencyIndex deps = a.deps(si);
        if (PlaceAttachment.frame(deps, anchor).stream().noneMatch(k -> deps.parentEdge(k) == null || deps.parentEdge(k).governor() < 0))
            return Optional.empty();
        Set<String> venue = new HashSet<>();
        for (int k = 0; k < comma; k++)
            if (t.get(k).pos().startsWith("NN") && !TIME_TAGS.contains(t.get(k).ner())) venue.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
        if (venue.isEmpty()) return Optional.empty();
        for (int i = si - 1; i >= 0; i--) {
            List<Token> u = a.sentences.get(i).tokens();
            Optional<Location> l = picker.best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && picker.borrowable(m)
                    && IntStream.range(Math.max(0, m.tokenBegin() - VENUE_REACH), m.tokenBegin())
                    .anyMatch(k -> u.get(k).pos().startsWith("NN") && venue.contains(u.get(k).lemma().toLowerCase(Locale.ROOT))),
                    (m, x) -> true);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }
}
