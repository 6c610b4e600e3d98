package org.dyad.locations;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Factuality;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills each coded event's location when the text says where it happened: the event's own sentence
 * first (a town or region anywhere in it, a country only within the event's own phrase), then the
 * nearby sentences of its paragraph, then (for arrests, clashes, protests) the place the article last
 * put that country's events in or its dateline, then the country both actors belong to. A country or
 * region is then made precise by a town the article puts something in inside it. Statements, calls and
 * sanctions are placed by {@link StatementPlaces} (or, failing that, where {@link GatheringVenues} last saw their
 * speaker meeting), a domestic case's legal acts by {@link CaseVenues},
 * "there" and "the country" by {@link PlaceAnaphora}.
 * Built once, shared by all threads.
 */
public final class EventLocator {
    static final String RULES = "event-locations.tsv";
    static final String PLACE_NOUNS = "place-nouns.txt";
    static final String REMOTE_CONTACT = "remote-contact.txt";
    static final String WORLD_REGIONS = "world-regions.txt";
    static final String HOME_AID = "aid-at-home.txt";
    /** how many sentences away in its paragraph an event may take its place from */
    private static final int NEAR = 3;
    /** how many sentences after an event its scene may still be named in */
    private static final int SCENE_AHEAD = 3;
    private static final Set<PloverType> BORDER_TYPES = Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.MOBILIZE, PloverType.RETREAT);

    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final PlaceMentionFinder finder;
    private final BorderPhrases borderPhrases;
    private final PlacePicker picker;
    private final ActorStates actors;
    private final StatementPlaces statements;
    private final CaseVenues cases;
    private final PlaceAnaphora anaphora;
    private final GatheringVenues gatherings = GatheringVenues.load();
    private final Map<PloverType, LocationReach[]> reach;
    private final Set<String> remoteContact;
    private final Set<String> worldRegions = new HashSet<>();
    /** "offered a safe haven", "harbours rebels": aid given on the giver's own soil */
    private final Set<String> homeAid = Set.copyOf(KnowledgeFiles.entries(HOME_AID));

    EventLocator(PlaceGazetteer gazetteer, Map<PloverType, LocationReach[]> reach, Set<String> placeNouns, Set<String> remoteContact,
                 Set<String> worldRegions) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
        this.finder = new PlaceMentionFinder(placeNouns, n -> gazetteer.country(n).isPresent(), n -> gazetteer.capitalOf(n).isPresent(),
                n -> gazetteer.countryOfAdjective(n).isPresent());
        this.borderPhrases = new BorderPhrases(gazetteer);
        this.picker = new PlacePicker(gazetteer, resolver);
        this.actors = new ActorStates(gazetteer);
        this.statements = new StatementPlaces(gazetteer, picker, actors);
        this.cases = new CaseVenues(picker);
        this.anaphora = new PlaceAnaphora(gazetteer, resolver, picker);
        this.reach = new EnumMap<>(reach);
        this.remoteContact = Set.copyOf(remoteContact);
        for (String w : worldRegions) this.worldRegions.add(PlaceNames.key(w));
    }

    /** Reads the gazetteer and the rules from the knowledge folder. */
    public static EventLocator load() {
        return new EventLocator(PlaceGazetteer.load(), rules(KnowledgeFiles.rows(RULES, 3)),
                new HashSet<>(KnowledgeFiles.entries(PLACE_NOUNS)), new HashSet<>(KnowledgeFiles.entries(REMOTE_CONTACT)),
                new HashSet<>(KnowledgeFiles.entries(WORLD_REGIONS)));
    }

    static Map<PloverType, LocationReach[]> rules(List<String[]> rows) {
        Map<PloverType, LocationReach[]> out = new EnumMap<>(PloverType.class);
        for (String[] r : rows)
            out.put(PloverType.valueOf(r[0].trim()), new LocationReach[]{LocationReach.parse(r[1]), LocationReach.parse(r[2])});
        return out;
    }

    /** The events with their location filled where the text gives one (an event already located is kept). */
    public List<CodedEvent> locate(AnnotatedArticle text, List<ActorMention> actorMentions, List<CodedEvent> events) {
        if (events.isEmpty()) return events;
        ArticlePlaces places = new ArticlePlaces(text, actorMentions, gazetteer, resolver, finder, borderPhrases, worldRegions);
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) out.add(e.location() != null ? e : e.withLocation(locate(places, e).orElse(null)));
        // a statement its own sentence places nowhere: where its speaker was just seen meeting
        for (int k = 0; k < out.size(); k++) {
            CodedEvent e = out.get(k);
            if (e.location() == null && spoken(places, e)) {
                Optional<Location> venue = gatherings.venue(out, e);
                if (venue.isPresent()) out.set(k, e.withLocation(venue.get()));
            }
        }
        return out;
    }

    /** A statement, a call or a sanction said in person (a phone call or a letter is made nowhere). */
    private boolean spoken(ArticlePlaces a, CodedEvent e) {
        if (e.type() == null || e.sentenceIndex() < 0 || e.sentenceIndex() >= a.sentences.size() || remote(a.sentences.get(e.sentenceIndex()))
                || gatherings.written(a.sentences.get(e.sentenceIndex()))) return false;
        String src = actors.country(e.source()), tgt = actors.country(e.target());
        LocationReach[] r = reach.get(e.type());
        return r != null && r[src != null && src.equals(tgt) ? 0 : 1] == LocationReach.SAID;
    }

    private Optional<Location> locate(ArticlePlaces a, CodedEvent e) {
        if (e.type() == null || e.sentenceIndex() < 0 || e.sentenceIndex() >= a.sentences.size()) return Optional.empty();
        String src = actors.country(e.source()), tgt = actors.country(e.target());
        boolean domestic = src != null && src.equals(tgt);
        LocationReach[] r = reach.get(e.type());
        LocationReach how = r == null || remote(a.sentences.get(e.sentenceIndex())) ? LocationReach.SAID : r[domestic ? 0 : 1];
        Set<String> eventCountries = new LinkedHashSet<>();
        if (src != null) eventCountries.add(src);
        if (tgt != null) eventCountries.add(tgt);
        String home = domestic ? src : null;
        // an international body meets wherever it is hosted: a meeting's place need not lie in its partner's country
        // (its aid still goes to the partner: a briefing in Geneva is not where aid arrives)
        EventScene ctx = new EventScene(eventCountries, a, home,
                e.type() == PloverType.CONSULT && (actors.nonState(e.source()) || actors.nonState(e.target())));
        // "is said to offer a safe haven to rebels": a haven is given on the giver's soil
        if (e.type() == PloverType.AID && src != null && !domestic && givenAtHome(a.sentences.get(e.sentenceIndex()), a.deps(e.sentenceIndex()), e.anchor()))
            return Optional.of(Location.country(gazetteer.countryName(src), src));
        if (how == LocationReach.SAID) {
            Optional<Location> said = statements.locate(ctx, e, src);
            // a court's ruling, a prosecutor's charge, a defendant's plea in his own country's case: the
            // proceedings are held at home, whoever speaks
            // ("was accused of fraud" with no accuser named: a charge the state's justice brings)
            if (said.isEmpty() && domestic && CaseVenues.legalAct(e))
                return Optional.of(cases.venue(ctx, e.sentenceIndex()).orElseGet(() -> refine(ctx, e, Location.country(gazetteer.countryName(src), src))));
            // "X wrote that her office was menaced by police": not X's words but an act done at home, which
            // X's words report
            if (said.isEmpty() && domestic && reportedPassive(a.deps(e.sentenceIndex()), e.anchor()))
                return Optional.of(Location.country(gazetteer.countryName(src), src));
            if (said.isEmpty()) return truceOnBorder(a, e, src, tgt);
            return said;
        }
        // "shelling across the Indian-Pakistani border": fighting between two neighbours the story places on their border
        if (src != null && tgt != null && !domestic && BORDER_TYPES.contains(e.type())) {
            String border = a.borders.get(BorderPhrases.pairKey(src, tgt));
            if (border != null && ownPlace(ctx, e, tgt).filter(l -> l.precision() != LocationPrecision.COUNTRY).isEmpty())
                return Optional.of(new Location(border, null, null, null, null, LocationPrecision.REGION, null));
        }
        // "the rebellion in the mountainous province": the region the story last named, as the writer chose it
        if (home != null && ownPlace(ctx, e, tgt).isEmpty()) {
            Optional<Location> region = anaphora.region(ctx, e.sentenceIndex());
            if (region.isPresent()) return region;
        }
        Optional<Location> placed = placed(ctx, e, how, tgt).map(l -> refine(ctx, e, l));
        return placed.isPresent() ? placed : truceOnBorder(a, e, src, tgt);
    }

    /**
     * "A and B agreed on a truce" in a story that tells of fighting on "the A-B border": a truce between two
     * neighbours holds where they fought, so an agreement or a withdrawal that names one, placed nowhere else,
     * is on their border.
     */
    private Optional<Location> truceOnBorder(ArticlePlaces a, CodedEvent e, String src, String tgt) {
        if (src == null || tgt == null || src.equals(tgt) || !TRUCE_TYPES.contains(e.type())) return Optional.empty();
        String border = a.borders.get(BorderPhrases.pairKey(src, tgt));
        if (border == null || !borderPhrases.namesTruce(a.sentences.get(e.sentenceIndex()))) return Optional.empty();
        return Optional.of(new Location(border, null, null, null, null, LocationPrecision.REGION, null));
    }

    private static final Set<PloverType> TRUCE_TYPES = Set.of(PloverType.AGREE, PloverType.RETREAT);

    /** An event that happens somewhere: its sentence, the nearby sentences of its paragraph, then the rule's fallback. */
    private Optional<Location> placed(EventScene ctx, CodedEvent e, LocationReach how, String tgt) {
        ArticlePlaces a = ctx.article();
        int si = e.sentenceIndex();
        Optional<Location> own = ownPlace(ctx, e, tgt);
        if (own.isPresent()) return own;
        Optional<Location> there = anaphora.there(ctx, si, e.anchor());
        if (there.isPresent()) return there;
        int paragraph = a.sentences.get(si).paragraph();
        // what someone only suggests or fears might happen ("should use sanctions") has no scene yet: the place
        // a neighbouring sentence tells of is where something else happened
        boolean borrow = e.factuality() != Factuality.POSSIBLE;
        for (int d = 1; borrow && d <= NEAR; d++) {   // nearest sentence of the paragraph first, earlier before later
            for (int i : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size() || a.sentences.get(i).paragraph() != paragraph) continue;
                // another sentence's country is what it talks about, not where this event was
                Optional<Location> l = picker.borrowedFrom(ctx, i);
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && l.get().country() != null && PlacePicker.fits(l.get(), ctx)) return l;
            }
        }
        Optional<Location> theCountry = anaphora.country(ctx, si);
        if (theCountry.isPresent()) return theCountry;
        String home = ctx.home();
        if (how == LocationReach.SCENE && home != null) return Optional.of(sceneAtHome(ctx, si, home));
        String src = actors.country(e.source());
        // a state that readies its forces against another does so at home, unless the two act together ("A and B
        // will expand their joint force")
        // (only when its sentence puts nothing anywhere: "deployed across Europe" names a destination, however wide)
        if (how == LocationReach.SOURCE && src != null && !src.equals(tgt) && !a.placesSomething.get(si)
                && !together(a.deps(si), a.mentions.get(si), src, tgt))
            return Optional.of(Location.country(gazetteer.countryName(src), src));
        // a state's strike, aid or visit lands in the other state; so does a UN agency's aid
        if (how == LocationReach.TARGET && tgt != null && (src != null ? !tgt.equals(src) : actors.nonState(e.source())))
            return Optional.of(Location.country(gazetteer.countryName(tgt), tgt));
        return Optional.empty();
    }

    /**
     * An arrest, a clash, a protest at home with no place of its own: the place the article last put something
     * in at home, else its dateline at home, else a place the next sentences name at home, else the home country.
     */
    private Location sceneAtHome(EventScene ctx, int si, String home) {
        ArticlePlaces a = ctx.article();
        for (int i = si - 1; i >= 0; i--) {
            Optional<Location> l = picker.best(ctx, a.mentions.get(i), m -> (m.use() == PlaceMention.Use.LOCATIVE
                    || m.use() == PlaceMention.Use.DATELINE) && picker.borrowable(m), (m, x) -> true);
            if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l.get();
        }
        Optional<Location> dateline = a.dateline(ctx);
        if (dateline.isPresent() && home.equals(dateline.get().country())) return dateline.get();
        // a lead sentence tells what happened before the next says where ("... was killed Friday." "The clash in X ...")
        for (int i = si + 1; i < Math.min(a.sentences.size(), si + 1 + SCENE_AHEAD); i++) {
            Optional<Location> l = picker.borrowedFrom(ctx, i);
            if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l.get();
        }
        return Location.country(gazetteer.countryName(home), home);
    }

    /**
     * The place the event's own sentence puts it in. A domestic event is at home: a place abroad in its sentence
     * belongs to someone else's story ("jailed publisher X in Hong Kong" in a sentence about a Guatemalan
     * court), unless the event's own word takes it.
     */
    private Optional<Location> ownPlace(EventScene ctx, CodedEvent e, String tgt) {
        ArticlePlaces a = ctx.article();
        int si = e.sentenceIndex();
        DependencyIndex deps = a.deps(si);
        Sentence sentence = a.sentences.get(si);
        return picker.best(ctx, a.mentions.get(si), m -> ownSentence(m, e, tgt, deps, sentence),
                (m, l) -> ctx.home() == null || l.country() == null || ctx.home().equals(l.country()) || m.governor() == e.anchor());
    }

    /**
     * A place of the event's own sentence: a town or region where the sentence puts something; a country only
     * where the event's own clause puts it ("clashed with militants in Pakistan", not "the flow of drugs to the
     * U.S.") or, one of the event's countries, anywhere "in" it; for a physical event, the object of its own word
     * or phrase ("shelled Kharkiv", "drills encircling Taiwan"), not of another verb of the sentence.
     */
    private boolean ownSentence(PlaceMention m, CodedEvent e, String target, DependencyIndex deps, Sentence s) {
        // a country reached only through what a policy acts on ("exempted goods shipped into the U.S.") is its
        // topic: an act that moves nothing happens in a country only said of its own clause
        // "X, head of a rights group in Y, said the army should ...": where someone belongs, not where anything happens
        if (m.use() == PlaceMention.Use.LOCATIVE && PlaceAttachment.describesSomeone(deps, s, m, e.anchor())) return false;
        if (m.use() == PlaceMention.Use.LOCATIVE) return !m.isCountry() || PlaceAttachment.venue(deps, s, m, e.anchor(), false)
                && (physical(e.type()) || PlaceAttachment.frame(deps, e.anchor()).contains(m.governor()))
                // "... seized buildings in northern Kosovo, to install mayors elected in a vote that Serbs boycotted":
                // one of the event's own countries, said to contain what happens, is its place however far the parse puts it
                // (between two states, only the target's: "until Peru invaded Chile", said of trade inside Peru, is no scene in Peru)
                || PlaceAttachment.INSIDE.contains(String.valueOf(m.preposition())) && gazetteer.country(m.text())
                        .filter(c -> insideCountries(e).contains(c) || c.equals(actors.country(e.source())) && PlaceAttachment.onSubject(deps, m, e.anchor())).isPresent();
        if (m.use() != PlaceMention.Use.OBJECT || !physical(e.type()) || !PlaceAttachment.venue(deps, s, m, e.anchor(), false)) return false;
        // "encircling Taiwan": a country object is the place only when it is the target, and only for force and
        // presence ("deter North Korea", "pressure Iran" aim at a state, they happen nowhere in it)
        return !m.isCountry() || e.type() != PloverType.COERCE && target != null && target.equals(gazetteer.country(m.text()).orElse(null));
    }

    /** The countries an event may be said to happen "in": both actors' when they share one or only one is a state, else the target's. */
    private Set<String> insideCountries(CodedEvent e) {
        Set<String> out = new HashSet<>();
        String src = actors.country(e.source()), tgt = actors.country(e.target());
        if (tgt != null) out.add(tgt);
        if (src != null && (tgt == null || src.equals(tgt))) out.add(src);
        return out;
    }

    /**
     * A country or region made precise by the article: "a raid on a convoy in Sindh" followed by "near
     * Hyderabad", "strikes against Yemen" in a story whose lead says near Sanaa, "visited Japan" in a story that
     * later tells of the trip to Osaka. The nearest place where the article puts something, inside that area
     * and known to the gazetteer, stands for it (a story seldom has two scenes in one region; when it does, the
     * nearer is the likelier).
     */
    private Location refine(EventScene ctx, CodedEvent e, Location l) {
        if (l.country() == null || l.precision() == LocationPrecision.PLACE) return l;
        Optional<GazetteerEntry> region = l.precision() == LocationPrecision.REGION ? gazetteer.byId(l.geonameId()) : Optional.empty();
        if (l.precision() == LocationPrecision.REGION && region.isEmpty()) return l;
        ArticlePlaces a = ctx.article();
        int si = e.sentenceIndex();
        // a region the event's own sentence names is refined like any other: a story that tells of a raid "in X
        // province" and later of the village near which it happened means that village (measured: limiting it to
        // three sentences lost two such events on the development set for one whose gold keeps the region)
        for (int d = 0; d <= a.sentences.size(); d++) {
            for (int i : d == 0 ? new int[]{si} : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size()) continue;
                // inside a region, a town; inside a country, a town or one of its regions ("a strike in Iraq" ... "in Anbar")
                Optional<Location> inside = picker.best(ctx, a.mentions.get(i), m -> (m.use() == PlaceMention.Use.LOCATIVE
                        || m.use() == PlaceMention.Use.DATELINE) && !m.isCountry()
                        && a.entries(m).stream().anyMatch(x -> x.country().equals(l.country())),   // cheap test first: long stories
                        (m, x) -> x.lat() != null && l.country().equals(x.country())
                        && (x.precision() == LocationPrecision.PLACE || region.isEmpty() && x.precision() == LocationPrecision.REGION)
                        && region.map(reg -> gazetteer.inRegion(x.geonameId(), reg)).orElse(true));
                if (inside.isPresent()) return inside.get();
            }
        }
        return l;
    }

    /** The event's word or its object is a haven given ("offering refuge", "harbouring rebels"). */
    private boolean givenAtHome(Sentence s, DependencyIndex deps, int anchor) {
        if (anchor < 0) return false;
        if (homeAid.contains(s.tokens().get(anchor).lemma().toLowerCase(Locale.ROOT))) return true;
        for (Dependency d : deps.childEdges(anchor))
            if ((PlaceAttachment.base(d.relation()).equals("obj") || PlaceAttachment.base(d.relation()).equals("iobj") || PlaceAttachment.base(d.relation()).equals("compound"))
                    && homeAid.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** "X wrote that her office was menaced by police": an act done to someone, told by another's words */
    private static boolean reportedPassive(DependencyIndex deps, int anchor) {
        if (anchor < 0 || deps.childEdges(anchor).stream().noneMatch(d -> d.relation().startsWith("aux:pass") || d.relation().startsWith("nsubj:pass")))
            return false;
        Dependency up = deps.parentEdge(anchor);
        return up != null && up.governor() >= 0 && Set.of("ccomp", "advcl").contains(PlaceAttachment.base(up.relation()));
    }

    /** The sentence joins the two states in one phrase ("the UK and France", "France and the UK"). */
    private boolean together(DependencyIndex deps, List<PlaceMention> mentions, String src, String tgt) {
        if (tgt == null) return false;
        for (PlaceMention m : mentions) {
            if (!src.equals(gazetteer.country(m.text()).orElse(null))) continue;
            for (PlaceMention n : mentions)
                if (n != m && tgt.equals(gazetteer.country(n.text()).orElse(null)) && (PlaceAttachment.conj(deps, m, n) || PlaceAttachment.conj(deps, n, m))) return true;
        }
        return false;
    }

    /** "spoke by phone", "in a letter": contact at a distance happens nowhere in particular */
    private boolean remote(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN") && remoteContact.contains(t.lemma().toLowerCase()));
    }

    /** Events that happen to a place: "shelled Kharkiv", "visited Beijing", "sent troops into Gaza". */
    private static boolean physical(PloverType t) {
        return t == PloverType.ASSAULT || t == PloverType.COERCE || t == PloverType.MOBILIZE || t == PloverType.CONSULT
                || t == PloverType.AID || t == PloverType.PROTEST;
    }
}
