package org.dyad.locations;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CodedEvent;
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
 * first, then its paragraph, then (for arrests, clashes, protests) the place the article last put
 * that country's events in or its dateline, then the country both actors belong to. A statement, a
 * call or a sanction is located only by its own clause. Built once, shared by all threads.
 */
public final class EventLocator {
    static final String RULES = "event-locations.tsv";
    static final String PLACE_NOUNS = "place-nouns.txt";
    static final String REMOTE_CONTACT = "remote-contact.txt";

    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final PlaceMentionFinder finder;
    private final Map<PloverType, LocationReach[]> reach;
    private final Set<String> remoteContact;

    EventLocator(PlaceGazetteer gazetteer, Map<PloverType, LocationReach[]> reach, Set<String> placeNouns, Set<String> remoteContact) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer);
        this.finder = new PlaceMentionFinder(placeNouns);
        this.reach = new EnumMap<>(reach);
        this.remoteContact = Set.copyOf(remoteContact);
    }

    /** Reads the gazetteer and the rules from the knowledge folder. */
    public static EventLocator load() {
        return new EventLocator(PlaceGazetteer.load(), rules(KnowledgeFiles.rows(RULES, 3)),
                new HashSet<>(KnowledgeFiles.entries(PLACE_NOUNS)), new HashSet<>(KnowledgeFiles.entries(REMOTE_CONTACT)));
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
        Ctx ctx = new Ctx(eventCountries, a, home);

        Optional<Location> own = best(ctx, a.mentions.get(e.sentenceIndex()), m -> ownSentence(m, e, how, tgt));
        if (own.isPresent()) return own;
        if (how == LocationReach.SAID) {
            // a statement or announcement made at home is made where the report was filed
            if (src == null) return Optional.empty();
            return a.dateline(ctx).filter(l -> src.equals(l.country()));
        }
        int paragraph = a.sentences.get(e.sentenceIndex()).paragraph();
        for (int d = 1; d < a.sentences.size(); d++) {   // nearest sentence of the paragraph first, earlier before later
            for (int i : new int[]{e.sentenceIndex() - d, e.sentenceIndex() + d}) {
                if (i < 0 || i >= a.sentences.size() || a.sentences.get(i).paragraph() != paragraph) continue;
                // another sentence's country is what it talks about, not where this event was
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry());
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && l.get().country() != null && fits(l.get(), ctx)) return l;
            }
        }
        if (how == LocationReach.SCENE && home != null) {
            for (int i = e.sentenceIndex() - 1; i >= 0; i--) {
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE
                        || m.use() == PlaceMention.Use.DATELINE);
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l;
            }
            Optional<Location> dateline = a.dateline(ctx);
            if (dateline.isPresent() && home.equals(dateline.get().country())) return dateline;
            // a lead sentence tells what happened before the next says where ("... was killed Friday." "The clash in X ...")
            for (int i = e.sentenceIndex() + 1; i < Math.min(a.sentences.size(), e.sentenceIndex() + 1 + SCENE_AHEAD); i++) {
                Optional<Location> l = best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry());
                if (l.isPresent() && l.get().precision() != LocationPrecision.COUNTRY && home.equals(l.get().country())) return l;
            }
            return Optional.of(Location.country(gazetteer.countryName(home), home));
        }
        if (how == LocationReach.TARGET && src != null && tgt != null && !tgt.equals(src))
            return Optional.of(Location.country(gazetteer.countryName(tgt), tgt));
        return Optional.empty();
    }

    /** A place of the event's own sentence: a statement only where its own clause puts it. */
    private boolean ownSentence(PlaceMention m, CodedEvent e, LocationReach how, String target) {
        if (how == LocationReach.SAID)   // "told reporters in Geneva": a venue, not the topic ("the war in Ukraine", "in Europe")
            return m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && AT.contains(String.valueOf(m.preposition()))
                    && e.anchor() >= 0 && m.governor() == e.anchor() && !gazetteer.lookup(m.text()).isEmpty();
        if (m.use() == PlaceMention.Use.LOCATIVE) return true;
        if (m.use() != PlaceMention.Use.OBJECT || !physical(e.type())) return false;
        // "encircling Taiwan", "invaded Ukraine": a country object is the place only when it is the target
        return !m.isCountry() || target != null && target.equals(gazetteer.country(m.text()).orElse(null));
    }

    private static final Set<String> AT = Set.of("in", "at");
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
        return ctx.eventCountries.isEmpty() || ctx.eventCountries.contains(l.country());
    }

    /** The most precise of the sentence's places that pass the test: a place beats a region, a region a country. */
    private Optional<Location> best(Ctx ctx, List<PlaceMention> mentions, java.util.function.Predicate<PlaceMention> ok) {
        Location best = null;
        for (PlaceMention m : mentions) {
            if (!ok.test(m) || isCapitalAsActor(m)) continue;
            Optional<Location> l = resolver.resolve(m, ctx.eventCountries, ctx.article.countries, ctx.article.regions, ctx.home);
            if (l.isPresent() && (best == null || l.get().precision().ordinal() < best.precision().ordinal())) best = l.get();
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

    private record Ctx(Set<String> eventCountries, ArticlePlaces article, String home) {
    }

    /** Every place mention of the article, and the countries and regions it is about. */
    private final class ArticlePlaces {
        final List<Sentence> sentences;
        final List<List<PlaceMention>> mentions = new ArrayList<>();
        final Set<String> countries = new HashSet<>();
        final Set<String> regions = new HashSet<>();
        final String datelineText;

        ArticlePlaces(AnnotatedArticle text, List<ActorMention> actors) {
            sentences = text.sentences();
            for (Sentence s : sentences) {
                List<PlaceMention> ms = finder.find(s, s.index() == 0);
                mentions.add(ms);
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

        /** The place of the dateline ("KYIV, Ukraine —"), at the head of the text or taken out of it by the cleaner. */
        Optional<Location> dateline(Ctx ctx) {
            if (!mentions.isEmpty()) {
                for (PlaceMention m : mentions.get(0)) {
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
