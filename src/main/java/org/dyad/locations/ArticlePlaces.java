package org.dyad.locations;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Location;
import org.dyad.article.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every place mention of one article, and the countries and regions it is about: found once per article so
 * that every event's search through its sentences reads the same mentions.
 */
final class ArticlePlaces {
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
    final Map<String, String> borders = new HashMap<>();
    private final String datelineText;
    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final Map<String, List<GazetteerEntry>> entries = new HashMap<>();

    ArticlePlaces(AnnotatedArticle text, List<ActorMention> actors, PlaceGazetteer gazetteer, PlaceResolver resolver,
                  PlaceMentionFinder finder, BorderPhrases borderPhrases, Set<String> worldRegions) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
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
            borderPhrases.find(s, borders);
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

    /** The gazetteer's entries for a mention's name, looked up once per article. */
    List<GazetteerEntry> entries(PlaceMention m) {
        return entries.computeIfAbsent(m.text(), gazetteer::lookup);
    }

    /** The sentence's dependency index, built only when an event asks for it. */
    DependencyIndex deps(int i) {
        if (deps.get(i) == null) deps.set(i, new DependencyIndex(sentences.get(i)));
        return deps.get(i);
    }

    /** The place of the dateline ("KYIV, Ukraine —"), at the head of the text or taken out of it by the cleaner. */
    Optional<Location> dateline(EventScene ctx) {
        for (int i = 0; i < mentions.size() && sentences.get(i).paragraph() < DATELINE_PARAGRAPHS; i++) {
            for (PlaceMention m : mentions.get(i)) {
                if (m.use() != PlaceMention.Use.DATELINE || m.isCountry()) continue;
                Optional<Location> l = resolver.resolve(m, ctx.eventCountries(), countries, regions, null).filter(x -> x.lat() != null);
                if (l.isPresent()) return l;
            }
        }
        if (datelineText == null || datelineText.isEmpty() || gazetteer.lookup(datelineText).isEmpty()) return Optional.empty();
        PlaceMention m = new PlaceMention(-1, -1, 0, 0, datelineText, "CITY", PlaceMention.Use.DATELINE, -1, null, null);
        return resolver.resolve(m, ctx.eventCountries(), countries, regions, null).filter(l -> l.lat() != null);
    }
}
