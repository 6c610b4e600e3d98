package org.dyad.locations;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.EventActor;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills each coded event's location when the text says where it happened: the event's own sentence
 * first (a town or region anywhere in it, a country only within the event's own phrase), then the
 * nearby sentences of its paragraph, then (for arrests, clashes, protests) the place the article last
 * put that country's events in or its dateline, then the country both actors belong to. A country or
 * region is then made precise by a town the article puts something in inside it. A statement, a call
 * or a sanction is located only by its own clause or the clause that reports it ("told reporters in
 * Geneva that ..."), by a venue its opening phrase names and an earlier sentence placed ("At the summit,
 * ..."), else by the dateline when made at home or by an international body; a domestic case's legal acts
 * (a court, judge, prosecutor or lawyer as a party, or a charge no one is named as bringing) are made where
 * the case is heard. "There" and "the country" point back to the place or country the story last named.
 * Built once, shared by all threads.
 */
public final class EventLocator {
    static final String RULES = "event-locations.tsv";
    static final String PLACE_NOUNS = "place-nouns.txt";
    static final String REMOTE_CONTACT = "remote-contact.txt";
    static final String WORLD_REGIONS = "world-regions.txt";
    static final String HOME_AID = "aid-at-home.txt";
    static final String SEATED_BODIES = "seated-bodies.txt";
    static final String COURT_VENUES = "court-venues.txt";

    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final PlaceMentionFinder finder;
    private final Map<PloverType, LocationReach[]> reach;
    private final Set<String> remoteContact;
    private final Set<String> worldRegions = new HashSet<>();
    /** "offered a safe haven", "harbours rebels": aid given on the giver's own soil */
    private final Set<String> homeAid = Set.copyOf(KnowledgeFiles.entries(HOME_AID));
    /** "a Lima court": bodies that sit in their city, unlike a capital's officials who stand for the state */
    private final Set<String> seatedBodies = Set.copyOf(KnowledgeFiles.entries(SEATED_BODIES));
    /** "court", "trial": nouns a case's venue hangs on */
    private final Set<String> courtNouns = Set.copyOf(KnowledgeFiles.entries(COURT_VENUES));

    EventLocator(PlaceGazetteer gazetteer, Map<PloverType, LocationReach[]> reach, Set<String> placeNouns, Set<String> remoteContact,
                 Set<String> worldRegions) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
        this.finder = new PlaceMentionFinder(placeNouns, n -> gazetteer.country(n).isPresent(), n -> gazetteer.capitalOf(n).isPresent(),
                n -> gazetteer.countryOfAdjective(n).isPresent());
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
    public List<CodedEvent> locate(AnnotatedArticle text, List<ActorMention> actors, List<CodedEvent> events) {
        if (events.isEmpty()) return events;
        ArticlePlaces places = new ArticlePlaces(text, actors);
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) out.add(e.location() != null ? e : e.withLocation(locate(places, e).orElse(null)));
        return out;
    }

    private Optional<Location> locate(ArticlePlaces a, CodedEvent e) {
        if (e.type() == null || e.sentenceIndex() < 0 || e.sentenceIndex() >= a.sentences.size()) return Optional.empty();
        String src = country(e.source()), tgt = country(e.target());
        boolean domestic = src != null && src.equals(tgt);
        LocationReach[] r = reach.get(e.type());
        LocationReach how = r == null || remote(a.sentences.get(e.sentenceIndex())) ? LocationReach.SAID : r[domestic ? 0 : 1];
        Set<String> eventCountries = new LinkedHashSet<>();
        if (src != null) eventCountries.add(src);
        if (tgt != null) eventCountries.add(tgt);
        String home = domestic ? src : null;
        // an international body meets wherever it is hosted: a meeting's place need not lie in its partner's country
        // (its aid still goes to the partner: a briefing in Geneva is not where aid arrives)
        Ctx ctx = new Ctx(eventCountries, a, home, e.type() == PloverType.CONSULT && (nonState(e.source()) || nonState(e.target())));
        // "is said to offer a safe haven to rebels": a haven is given on the giver's soil
        if (e.type() == PloverType.AID && src != null && !domestic && givenAtHome(a.sentences.get(e.sentenceIndex()), a.deps(e.sentenceIndex()), e.anchor()))
            return Optional.of(Location.country(gazetteer.countryName(src), src));
        if (how == LocationReach.SAID) {
            Optional<Location> said = said(a, ctx, e, src);
            // a court's ruling, a prosecutor's charge, a defendant's plea in his own country's case: the
            // proceedings are held at home, whoever speaks
            // ("was accused of fraud" with no accuser named: a charge the state's justice brings)
            if (said.isEmpty() && domestic && (judicial(e.source()) || judicial(e.target()) || unattributedCharge(e)))
                return Optional.of(courtVenue(a, ctx, e.sentenceIndex()).orElseGet(() -> refine(a, ctx, e, Location.country(gazetteer.countryName(src), src))));
            return said;
        }
        // "shelling across the Indian-Pakistani border": fighting between two neighbours the story places on their border
        if (src != null && tgt != null && !domestic && BORDER_TYPES.contains(e.type())) {
            String border = a.borders.get(pairKey(src, tgt));
            if (border != null && ownPlace(a, ctx, e, tgt).filter(l -> l.precision() != LocationPrecision.COUNTRY).isEmpty())
                return Optional.of(new Location(border, null, null, null, null, LocationPrecision.REGION, null));
        }
        // "the rebellion in the mountainous province": the region the story last named, as the writer chose it
        if (home != null && ownPlace(a, ctx, e, tgt).isEmpty()) {
            Optional<Location> region = anaphoricRegion(a, ctx, e.sentenceIndex());
            if (region.isPresent()) return region;
        }
        return placed(a, ctx, e, how, tgt).map(l -> refine(a, ctx, e, l));
    }

    /**
     * A statement, a call, a sanction: where its own clause or the clause that reports it puts it ("told
     * reporters in Geneva that ..."), else, made by a state at home or by an international body, at the
     * dateline; otherwise nowhere.
     */
    private Optional<Location> said(ArticlePlaces a, Ctx ctx, CodedEvent e, String src) {
        int si = e.sentenceIndex();
        Optional<Location> own = best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && AT.contains(String.valueOf(m.preposition())) && !gazetteer.lookup(m.text()).isEmpty()
                && PlaceAttachment.venue(a.deps(si), a.sentences.get(si), m, e.anchor(), true), (m, l) -> true);
        if (own.isPresent()) return own;
        // "At a congress that ended in Lima, X urged ...": a fronted phrase sets the scene of the main
        // clause (however the parse hangs it), when it lies in the speaker's own country
        Optional<Location> fronted = best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && !gazetteer.lookup(m.text()).isEmpty() && PlaceAttachment.fronted(a.deps(si), a.sentences.get(si), m, e.anchor()),
                (m, l) -> src == null || src.equals(l.country()));
        if (fronted.isPresent()) return fronted;
        // "Speaking at the forum, X urged ...": a venue the opening phrase names without its place is where the
        // story put that venue before ("a forum at the institute in Y" two paragraphs up)
        Optional<Location> recalled = recalledVenue(a, ctx, si, e.anchor());
        if (recalled.isPresent()) return recalled;
        // "a Lahore court alleged ...": the place that names the speaking body says where it spoke; a capital there
        // stands for the government ("Beijing officials said")
        Optional<Location> speaker = best(ctx, a.mentions.get(si), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                && m.preposition() == null && (gazetteer.capitalOf(m.text()).isEmpty() || seated(a.sentences.get(si), m))
                && !gazetteer.lookup(m.text()).isEmpty()
                && PlaceAttachment.namesSpeaker(a.deps(si), a.sentences.get(si), m, e.anchor()),
                (m, l) -> src == null || src.equals(l.country()));
        if (speaker.isPresent()) return speaker;
        Optional<Location> dateline = a.dateline(ctx);
        if (src == null) return nonState(e.source()) ? dateline : Optional.empty();
        return dateline.filter(l -> src.equals(l.country()));
    }

    /** An event that happens somewhere: its sentence, the nearby sentences of its paragraph, then the rule's fallback. */
    private Optional<Location> placed(ArticlePlaces a, Ctx ctx, CodedEvent e, LocationReach how, String tgt) {
        int si = e.sentenceIndex();
        Optional<Location> own = ownPlace(a, ctx, e, tgt);
        if (own.isPresent()) return own;
        Optional<Location> there = there(a, ctx, si, e.anchor());
        if (there.isPresent()) return there;
        int paragraph = a.sentences.get(si).paragraph();
        for (int d = 1; d <= NEAR; d++) {   // nearest sentence of the paragraph first, earlier before later
            for (int i : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size() || a.sentences.get(i).paragraph() != paragraph) continue;
                // another sentence's country is what it talks about, not where this event was
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && borrowable(m), (m, x) -> true);
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && l.get().country() != null && fits(l.get(), ctx)) return l;
            }
        }
        Optional<Location> theCountry = anaphoricCountry(a, ctx, si);
        if (theCountry.isPresent()) return theCountry;
        String home = ctx.home;
        if (how == LocationReach.SCENE && home != null) {
            for (int i = si - 1; i >= 0; i--) {
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> (m.use() == PlaceMention.Use.LOCATIVE
                        || m.use() == PlaceMention.Use.DATELINE) && borrowable(m), (m, x) -> true);
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l;
            }
            Optional<Location> dateline = a.dateline(ctx);
            if (dateline.isPresent() && home.equals(dateline.get().country())) return dateline;
            // a lead sentence tells what happened before the next says where ("... was killed Friday." "The clash in X ...")
            for (int i = si + 1; i < Math.min(a.sentences.size(), si + 1 + SCENE_AHEAD); i++) {
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && borrowable(m), (m, x) -> true);
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l;
            }
            return Optional.of(Location.country(gazetteer.countryName(home), home));
        }
        String src = country(e.source());
        // a state that readies its forces against another does so at home, unless the two act together ("A and B
        // will expand their joint force")
        // (only when its sentence puts nothing anywhere: "deployed across Europe" names a destination, however wide)
        if (how == LocationReach.SOURCE && src != null && !src.equals(tgt) && !a.placesSomething.get(si)
                && !together(a.deps(si), a.mentions.get(si), src, tgt))
            return Optional.of(Location.country(gazetteer.countryName(src), src));
        // a state's strike, aid or visit lands in the other state; so does a UN agency's aid
        if (how == LocationReach.TARGET && tgt != null && (src != null ? !tgt.equals(src) : nonState(e.source())))
            return Optional.of(Location.country(gazetteer.countryName(tgt), tgt));
        return Optional.empty();
    }

    /**
     * The place the event's own sentence puts it in. A domestic event is at home: a place abroad in its sentence
     * belongs to someone else's story ("jailed publisher X in Hong Kong" in a sentence about a Guatemalan
     * court), unless the event's own word takes it.
     */
    private Optional<Location> ownPlace(ArticlePlaces a, Ctx ctx, CodedEvent e, String tgt) {
        int si = e.sentenceIndex();
        DependencyIndex deps = a.deps(si);
        Sentence sentence = a.sentences.get(si);
        return best(ctx, a.mentions.get(si), m -> ownSentence(m, e, tgt, deps, sentence),
                (m, l) -> ctx.home == null || l.country() == null || ctx.home.equals(l.country()) || m.governor() == e.anchor());
    }

    /**
     * "the mountainous province" written without a name: the region of the event's country the
     * story last named before it (within the region, a town is not what the writer said).
     */
    private Optional<Location> anaphoricRegion(ArticlePlaces a, Ctx ctx, int si) {
        Sentence s = a.sentences.get(si);
        DependencyIndex deps = a.deps(si);
        boolean anaphor = false;
        for (int k = 0; k < s.tokens().size() && !anaphor; k++) {
            org.dyad.article.Token t = s.tokens().get(k);
            if (!REGION_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) continue;
            boolean definite = false, named = false;
            for (Dependency d : deps.childEdges(k)) {
                String dw = s.tokens().get(d.dependent()).word(), w = dw.toLowerCase(java.util.Locale.ROOT);
                boolean possessive = d.relation().endsWith("poss");
                if (PlaceAttachment.base(d.relation()).equals("det") && w.equals("the") || possessive && POSSESSIVE_PRONOUNS.contains(w)) definite = true;
                // "the province of X", "the Sindh province", "the Afghan province", "the country's north": a name, a
                // people or an owner is no anaphor ("the province of its forests" still is)
                else if (possessive || s.tokens().get(d.dependent()).pos().startsWith("NNP")
                        || d.dependent() > 0 && !dw.isEmpty() && Character.isUpperCase(dw.charAt(0))) named = true;
            }
            anaphor = definite && !named;
        }
        if (!anaphor) return Optional.empty();
        for (int i = si - 1; i >= 0; i--) {
            Location found = null;
            for (PlaceMention m : a.mentions.get(i)) {
                if (m.isCountry() || m.use() == PlaceMention.Use.DATELINE) continue;
                Optional<Location> l = resolver.resolve(m, ctx.eventCountries, a.countries, a.regions, ctx.home)
                        .filter(x -> x.precision() == LocationPrecision.REGION && x.geonameId() != null && ctx.home.equals(x.country()));
                if (l.isPresent()) found = l.get();   // the last of the sentence
            }
            if (found != null) return Optional.of(found);
        }
        return Optional.empty();
    }

    private static final Set<PloverType> BORDER_TYPES = Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.MOBILIZE, PloverType.RETREAT);

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** "the Peru-Ecuador border", "the Indian–Pakistani border": the phrase, by the two countries it joins. */
    private void borders(Sentence s, Map<String, String> out) {
        List<org.dyad.article.Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String first, second;
            int end;
            java.util.regex.Matcher joined = JOINED.matcher(t.get(i).word());
            if (joined.matches()) {
                first = joined.group(1);
                second = joined.group(2);
                end = i + 1;
            } else if (i + 2 < t.size() && DASHES.contains(t.get(i + 1).word())) {
                first = t.get(i).word();
                second = t.get(i + 2).word();
                end = i + 3;
            } else continue;
            if (end >= t.size() || !BORDER_NOUNS.contains(t.get(end).lemma().toLowerCase(java.util.Locale.ROOT))) continue;
            String a = stateOf(first), b = stateOf(second);
            if (a == null || b == null || a.equals(b)) continue;
            out.putIfAbsent(pairKey(a, b), PlaceMentionFinder.text(s, i, end + 1));
        }
    }

    private String stateOf(String word) {
        return gazetteer.countryOfAdjective(word).or(() -> gazetteer.country(word)).filter(gazetteer::isState).orElse(null);
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(\\p{L}+)[-–—](\\p{L}+)");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> BORDER_NOUNS = Set.of("border", "frontier");

    /**
     * nouns a story writes for a first-level region it has named ("the state" is as often the government, "the
     * region" as often a part of the world)
     */
    private static final Set<String> REGION_NOUNS = Set.of("province", "provinces");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "its", "his", "her", "our");

    /** The event's word or its object is a haven given ("offering refuge", "harbouring rebels"). */
    private boolean givenAtHome(Sentence s, DependencyIndex deps, int anchor) {
        if (anchor < 0) return false;
        if (homeAid.contains(s.tokens().get(anchor).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        for (Dependency d : deps.childEdges(anchor))
            if ((PlaceAttachment.base(d.relation()).equals("obj") || PlaceAttachment.base(d.relation()).equals("iobj") || PlaceAttachment.base(d.relation()).equals("compound"))
                    && homeAid.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** The name qualifies a body that sits in its city ("a Lima court"), not the officials of a capital. */
    private boolean seated(Sentence s, PlaceMention m) {
        return m.governor() >= 0 && seatedBodies.contains(s.tokens().get(m.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A country or region made precise by the article: "a raid on a convoy in Sindh" followed by "near
     * Hyderabad", "strikes against Yemen" in a story whose lead says near Sanaa, "visited Japan" in a story that
     * later tells of the trip to Osaka. The nearest place where the article puts something, inside that area
     * and known to the gazetteer, stands for it (a story seldom has two scenes in one region; when it does, the
     * nearer is the likelier).
     */
    private Location refine(ArticlePlaces a, Ctx ctx, CodedEvent e, Location l) {
        if (l.country() == null || l.precision() == LocationPrecision.PLACE) return l;
        Optional<GazetteerEntry> region = l.precision() == LocationPrecision.REGION ? gazetteer.byId(l.geonameId()) : Optional.empty();
        if (l.precision() == LocationPrecision.REGION && region.isEmpty()) return l;
        int si = e.sentenceIndex();
        // a region the event's own sentence names is refined like any other: a story that tells of a raid "in X
        // province" and later of the village near which it happened means that village (measured: limiting it to
        // three sentences lost two such events on the development set for one whose gold keeps the region)
        for (int d = 0; d <= a.sentences.size(); d++) {
            for (int i : d == 0 ? new int[]{si} : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size()) continue;
                // inside a region, a town; inside a country, a town or one of its regions ("a strike in Iraq" ... "in Anbar")
                Optional<Location> inside = best(ctx, a.mentions.get(i), m -> (m.use() == PlaceMention.Use.LOCATIVE
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

    /**
     * A place another sentence may lend an event: one the gazetteer knows, or an area of several words ("the South
     * China Sea"); a single unknown word tagged as a place ("Punjabi") is too often a tagging slip.
     */
    private boolean borrowable(PlaceMention m) {
        return !gazetteer.lookup(m.text()).isEmpty() || m.tag().equals("LOCATION") && m.tokenEnd() - m.tokenBegin() > 1;
    }

    /**
     * Where the article says the country's case is heard ("a district court in X", "the trial in X", "a X
     * court"): the place hanging on a court's noun nearest the event, in the event's country.
     */
    private Optional<Location> courtVenue(ArticlePlaces a, Ctx ctx, int si) {
        for (int d = 0; d < a.sentences.size(); d++) {
            for (int i : d == 0 ? new int[]{si} : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size()) continue;
                Sentence s = a.sentences.get(i);
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                        && m.governor() >= 0 && courtNouns.contains(s.tokens().get(m.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
                        && borrowable(m), (m, x) -> ctx.home.equals(x.country()));
                if (l.isPresent()) return l;
            }
        }
        return Optional.empty();
    }

    /**
     * "clashes in the east of the country", "strikes all over the country": the country the story last named,
     * when it is one of the event's, is where it happened (a story says "the country" for the one it is about).
     */
    private Optional<Location> anaphoricCountry(ArticlePlaces a, Ctx ctx, int si) {
        Sentence s = a.sentences.get(si);
        List<org.dyad.article.Token> t = s.tokens();
        int at = -1;
        for (int k = 2; k < t.size() && at < 0; k++) {
            if (!t.get(k).word().equalsIgnoreCase("country") || !t.get(k - 1).word().equalsIgnoreCase("the")) continue;
            String before = t.get(k - 2).word().toLowerCase(java.util.Locale.ROOT);
            if (INSIDE.contains(before) || before.equals("of") && k >= 3 && PARTS.contains(t.get(k - 3).word().toLowerCase(java.util.Locale.ROOT)))
                at = k;
        }
        if (at < 0) return Optional.empty();
        for (int i = si; i >= 0; i--) {
            List<PlaceMention> ms = a.mentions.get(i);
            for (int j = ms.size() - 1; j >= 0; j--) {
                PlaceMention m = ms.get(j);
                if (i == si && m.tokenBegin() > at) continue;
                Optional<String> c = gazetteer.country(m.text());
                if (c.isEmpty()) continue;
                // the country last named is the one meant; if it is none of the event's, the story is elsewhere
                boolean ours = ctx.home != null ? ctx.home.equals(c.get()) : ctx.eventCountries.contains(c.get());
                return ours ? Optional.of(Location.country(gazetteer.countryName(c.get()), c.get())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "the east of the country", "parts of the country": a part of the country a story is about */
    private static final Set<String> PARTS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "center", "centre", "parts", "part", "rest");

    /**
     * The place an earlier sentence gave the venue that the event's opening phrase names without one: the
     * phrase ("At the summit,", "Speaking at the institute's forum,") sets the scene of the main clause, and an
     * earlier sentence wrote one of its nouns just before a place ("a summit in X").
     */
    private Optional<Location> recalledVenue(ArticlePlaces a, Ctx ctx, int si, int anchor) {
        List<org.dyad.article.Token> t = a.sentences.get(si).tokens();
        if (anchor < 0 || t.size() < 3) return Optional.empty();
        boolean opens = PlaceAttachment.FRONTING.contains(t.get(0).word().toLowerCase(java.util.Locale.ROOT))
                || t.get(0).pos().equals("VBG") && PlaceAttachment.FRONTING.contains(t.get(1).word().toLowerCase(java.util.Locale.ROOT));
        int first = -1;
        for (int k = 0; k < t.size() && first < 0; k++) if (t.get(k).word().equals(",")) first = k;
        final int comma = first;
        if (!opens || comma < 0 || anchor < comma || a.mentions.get(si).stream().anyMatch(m -> m.tokenBegin() < comma)) return Optional.empty();
        DependencyIndex deps = a.deps(si);
        if (PlaceAttachment.frame(deps, anchor).stream().noneMatch(k -> deps.parentEdge(k) == null || deps.parentEdge(k).governor() < 0))
            return Optional.empty();
        Set<String> venue = new HashSet<>();
        for (int k = 0; k < comma; k++)
            if (t.get(k).pos().startsWith("NN") && !TIME_TAGS.contains(t.get(k).ner())) venue.add(t.get(k).lemma().toLowerCase(java.util.Locale.ROOT));
        if (venue.isEmpty()) return Optional.empty();
        for (int i = si - 1; i >= 0; i--) {
            List<org.dyad.article.Token> u = a.sentences.get(i).tokens();
            Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && borrowable(m)
                    && java.util.stream.IntStream.range(Math.max(0, m.tokenBegin() - VENUE_REACH), m.tokenBegin())
                    .anyMatch(k -> u.get(k).pos().startsWith("NN") && venue.contains(u.get(k).lemma().toLowerCase(java.util.Locale.ROOT))),
                    (m, x) -> true);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    /** how many words before a place an earlier sentence may name the venue it places ("a forum at the institute in X") */
    private static final int VENUE_REACH = 6;
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * "was there to kill him", "fought there for days": the adverb points back to the place the story last
     * named (in the last few sentences), whatever the actors' countries; "there is" is no place.
     */
    private Optional<Location> there(ArticlePlaces a, Ctx ctx, int si, int anchor) {
        if (anchor < 0) return Optional.empty();
        Sentence s = a.sentences.get(si);
        DependencyIndex deps = a.deps(si);
        Set<Integer> frame = PlaceAttachment.frame(deps, anchor);
        boolean points = false;
        for (int k = 0; k < s.tokens().size() && !points; k++) {
            org.dyad.article.Token t = s.tokens().get(k);
            Dependency up = deps.parentEdge(k);
            points = t.word().equalsIgnoreCase("there") && t.pos().equals("RB") && up != null
                    && PlaceAttachment.base(up.relation()).equals("advmod") && frame.contains(up.governor());
        }
        if (!points) return Optional.empty();
        for (int i = si - 1; i >= Math.max(0, si - THERE_BACK); i--) {
            Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && borrowable(m),
                    (m, x) -> true);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    /** how many sentences back "there" may point */
    private static final int THERE_BACK = 3;

    /** "She was accused of fraud": an accusation whose maker the text does not name. */
    private static boolean unattributedCharge(CodedEvent e) {
        return e.type() == PloverType.ACCUSE && e.source() != null && (e.source().text() == null || e.source().text().isBlank());
    }

    /** A court, a judge, a prosecutor or a lawyer: a party to legal proceedings. */
    private static boolean judicial(EventActor a) {
        return a != null && JUDICIAL.equals(a.sector());
    }

    private static final String JUDICIAL = "JUD";

    /** "UN", "EU", "NATO": a body that is not a state, so its statements are made where the report was filed. */
    private boolean nonState(EventActor a) {
        return a != null && a.country() != null && !a.country().isBlank() && !gazetteer.isState(a.country());
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

    /**
     * relations that keep a phrase in the scene of the word above it ("in talks at X", "telling reporters in X",
     * "Speaking in X, he ..."), not its subject and not what is said
     */
    /** how many sentences away in its paragraph an event may take its place from */
    private static final int NEAR = 3;

    /**
     * A place of the event's own sentence: a town or region where the sentence puts something; a country only
     * where the event's own clause puts it ("clashed with militants in Pakistan", not "the flow of drugs to the
     * U.S.") or, one of the event's countries, anywhere "in" it; for a physical event, the object of its own word or phrase ("shelled Kharkiv", "drills encircling
     * Taiwan"), not of another verb of the sentence.
     */
    private boolean ownSentence(PlaceMention m, CodedEvent e, String target, DependencyIndex deps, Sentence s) {
        // a country reached only through what a policy acts on ("exempted goods shipped into the U.S.") is its
        // topic: an act that moves nothing happens in a country only said of its own clause
        if (m.use() == PlaceMention.Use.LOCATIVE) return !m.isCountry() || PlaceAttachment.venue(deps, s, m, e.anchor(), false)
                && (physical(e.type()) || PlaceAttachment.frame(deps, e.anchor()).contains(m.governor()))
                // "... seized buildings in northern Kosovo, to install mayors elected in a vote that Serbs boycotted":
                // one of the event's own countries, said to contain what happens, is its place however far the parse puts it
                // (between two states, only the target's: "before Russia invaded Ukraine", said of trade inside Russia, is no scene in Russia)
                || INSIDE.contains(String.valueOf(m.preposition())) && gazetteer.country(m.text())
                        .filter(c -> insideCountries(e).contains(c) || c.equals(country(e.source())) && PlaceAttachment.onSubject(deps, m, e.anchor())).isPresent();
        if (m.use() != PlaceMention.Use.OBJECT || !physical(e.type()) || !PlaceAttachment.venue(deps, s, m, e.anchor(), false)) return false;
        // "encircling Taiwan": a country object is the place only when it is the target, and only for force and
        // presence ("deter North Korea", "pressure Iran" aim at a state, they happen nowhere in it)
        return !m.isCountry() || e.type() != PloverType.COERCE && target != null && target.equals(gazetteer.country(m.text()).orElse(null));
    }

    private static final Set<String> AT = Set.of("in", "at");
    private static final Set<String> INSIDE = Set.of("in", "inside", "within", "across", "throughout");

    /** The countries an event may be said to happen "in": both actors' when they share one or only one is a state, else the target's. */
    private Set<String> insideCountries(CodedEvent e) {
        Set<String> out = new HashSet<>();
        String src = country(e.source()), tgt = country(e.target());
        if (tgt != null) out.add(tgt);
        if (src != null && (tgt == null || src.equals(tgt))) out.add(src);
        return out;
    }
    /** how many sentences after an event its scene may still be named in */
    private static final int SCENE_AHEAD = 3;

    /** "spoke by phone", "in a letter": contact at a distance happens nowhere in particular */
    private boolean remote(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN") && remoteContact.contains(t.lemma().toLowerCase()));
    }

    /** Events that happen to a place: "shelled Kharkiv", "visited Beijing", "sent troops into Gaza". */
    private static boolean physical(PloverType t) {
        return t == PloverType.ASSAULT || t == PloverType.COERCE || t == PloverType.MOBILIZE || t == PloverType.CONSULT
                || t == PloverType.AID || t == PloverType.PROTEST;
    }

    /** A place borrowed from another sentence must lie in the event's countries (or in none, like a sea). */
    private static boolean fits(Location l, Ctx ctx) {
        if (l.country() == null) return l.precision() != LocationPrecision.COUNTRY;
        if (ctx.home != null) return ctx.home.equals(l.country());
        return ctx.anywhere || ctx.eventCountries.isEmpty() || ctx.eventCountries.contains(l.country());
    }

    /** The most precise of the sentence's places that pass the test: a place beats a region, a region a country. */
    private Optional<Location> best(Ctx ctx, List<PlaceMention> mentions, java.util.function.Predicate<PlaceMention> ok,
                                    java.util.function.BiPredicate<PlaceMention, Location> fine) {
        Location best = null;
        Set<String> here = new HashSet<>();
        for (PlaceMention m : mentions)
            if (m.isCountry() && m.use() == PlaceMention.Use.LOCATIVE) gazetteer.country(m.text()).ifPresent(here::add);
        for (PlaceMention m : mentions) {
            if (!ok.test(m) || isCapitalAsActor(m)) continue;
            Optional<Location> l = resolver.resolve(m, ctx.eventCountries, ctx.article.countries, ctx.article.regions, ctx.home, here)
                    .filter(x -> fine.test(m, x));
            // the most precise; between equals, the first in one of the event's countries ("in Iraq and Syria" for a strike on Syria)
            if (l.isPresent() && (best == null || l.get().precision().ordinal() < best.precision().ordinal()
                    || l.get().precision() == best.precision() && !ctx.eventCountries.contains(best.country())
                    && ctx.eventCountries.contains(l.get().country()))) best = l.get();
        }
        return Optional.ofNullable(best);
    }

    /** "Moscow", "Washington" written for a government (its subject use is already ruled out by the parse). */
    private boolean isCapitalAsActor(PlaceMention m) {
        return m.use() == PlaceMention.Use.OBJECT && gazetteer.capitalOf(m.text()).isPresent();
    }

    private String country(EventActor a) {
        return a != null && gazetteer.isState(a.country()) ? a.country() : null;
    }

    private record Ctx(Set<String> eventCountries, ArticlePlaces article, String home, boolean anywhere) {
    }

    /** Every place mention of the article, and the countries and regions it is about. */
    private final class ArticlePlaces {
        /** how many paragraphs at the head of a text may hold its dateline (a title line comes first in a scraped page) */
        private static final int DATELINE_PARAGRAPHS = 3;
        final List<Sentence> sentences;
        final List<List<PlaceMention>> mentions = new ArrayList<>();
        /** per sentence: it puts something in a named place, a continent included */
        final List<Boolean> placesSomething = new ArrayList<>();
        private final List<DependencyIndex> deps = new ArrayList<>();
        final Set<String> countries = new HashSet<>();
        final Set<String> regions = new HashSet<>();
        /** border phrases of the article by the pair of countries they join */
        final Map<String, String> borders = new java.util.HashMap<>();
        final String datelineText;

        ArticlePlaces(AnnotatedArticle text, List<ActorMention> actors) {
            sentences = text.sentences();
            int lastParagraph = -1;
            for (Sentence s : sentences) {
                boolean opens = s.paragraph() != lastParagraph;
                lastParagraph = s.paragraph();
                List<PlaceMention> ms = new ArrayList<>(finder.find(s, s.index() == 0, opens && s.paragraph() < DATELINE_PARAGRAPHS));
                placesSomething.add(ms.stream().anyMatch(m -> m.use() == PlaceMention.Use.LOCATIVE));
                // "in Europe", "across the Middle East": a continent is a topic, not where an event took place
                ms.removeIf(m -> worldRegions.contains(PlaceNames.key(m.text())));
                mentions.add(ms);
                deps.add(null);
                borders(s, borders);
                for (PlaceMention m : ms) {
                    gazetteer.country(m.text()).ifPresent(countries::add);
                    if (m.tag().equals("STATE_OR_PROVINCE")) regions.add(PlaceNames.key(m.text()));
                    if (m.qualifier() != null && gazetteer.country(m.qualifier()).isEmpty()) regions.add(PlaceNames.key(m.qualifier()));
                }
            }
            for (ActorMention m : actors) if (gazetteer.isState(m.country())) countries.add(m.country());
            String d = text.article().dateline();
            datelineText = d == null ? null : d.split("[,—–:(]| - ")[0].strip();
        }

        private final Map<String, List<GazetteerEntry>> entries = new java.util.HashMap<>();

        /** The gazetteer's entries for a mention's name, looked up once per article. */
        List<GazetteerEntry> entries(PlaceMention m) {
            return entries.computeIfAbsent(m.text(), gazetteer::lookup);
        }

        DependencyIndex deps(int i) {
            if (deps.get(i) == null) deps.set(i, new DependencyIndex(sentences.get(i)));
            return deps.get(i);
        }

        /** The place of the dateline ("KYIV, Ukraine —"), at the head of the text or taken out of it by the cleaner. */
        Optional<Location> dateline(Ctx ctx) {
            for (int i = 0; i < mentions.size() && sentences.get(i).paragraph() < DATELINE_PARAGRAPHS; i++) {
                for (PlaceMention m : mentions.get(i)) {
                    if (m.use() != PlaceMention.Use.DATELINE || m.isCountry()) continue;
                    Optional<Location> l = resolver.resolve(m, ctx.eventCountries, countries, regions, null).filter(x -> x.lat() != null);
                    if (l.isPresent()) return l;
                }
            }
            if (datelineText == null || datelineText.isEmpty() || gazetteer.lookup(datelineText).isEmpty()) return Optional.empty();
            PlaceMention m = new PlaceMention(-1, -1, 0, 0, datelineText, "CITY", PlaceMention.Use.DATELINE, -1, null, null);
            return resolver.resolve(m, ctx.eventCountries, countries, regions, null).filter(l -> l.lat() != null);
        }
    }
}
