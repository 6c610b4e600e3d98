package org.dyad.store;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.DateMethod;
import org.dyad.article.DateRange;
import org.dyad.article.EventActor;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic load for {@code dyad bench-store}: bulk events made with SQL (to time queries over a
 * million rows) and article-sized saves (to time the store against coding). Not used by ingest.
 */
public final class StoreBenchmark {
    /** Synthetic event ids start here, far above the ids real saves take from the sequence. */
    static final long SYNTHETIC_IDS = 1_000_000_000L;
    private static final String[] COUNTRIES = {"GBR", "FRA", "USA", "RUS", "UKR", "CHN", "DEU", "ISR", "IRN", "IND"};

    private StoreBenchmark() {
    }

    /**
     * Adds {@code n} synthetic events over 2000-2024 (random types, dyads among ten countries,
     * factualities), each with one mention, in one SQL statement per table. Returns milliseconds taken.
     */
    public static long synthesize(EventStore store, long n) {
        long t = System.nanoTime();
        String types = "['" + String.join("','", java.util.Arrays.stream(PloverType.values()).map(Enum::name).toList()) + "']";
        String countries = "['" + String.join("','", COUNTRIES) + "']";
        store.execute("""
                INSERT INTO events (id, type, source_name, source_text, source_country, source_code,
                                    target_name, target_text, target_country, target_code, dyad,
                                    event_date, date_from, date_to, factuality, sentence, confidence,
                                    mention_count, article_count, first_published)
                SELECT %d + i, %s[1 + CAST(h %% 16 AS INTEGER)], s, s, s, s, t, t, t, t,
                       least(s, t) || '-' || greatest(s, t), d, d, d,
                       (['happened','happened','happened','planned','possible','denied'])[1 + CAST((h >> 40) %% 6 AS INTEGER)],
                       'Synthetic event number ' || i, 0.5, 1, 1, d
                FROM (SELECT i, h, %s[1 + CAST((h >> 8) %% 10 AS INTEGER)] AS s, %s[1 + CAST((h >> 16) %% 10 AS INTEGER)] AS t,
                             DATE '2000-01-01' + CAST((h >> 24) %% 9131 AS INTEGER) AS d
                      FROM (SELECT range AS i, hash(range) AS h FROM range(%d)))""".formatted(SYNTHETIC_IDS, types, countries, countries, n));
        store.execute("""
                INSERT INTO event_mentions (event_id, article_id, mention_id, type, source_name, source_text, source_country, source_code,
                                            target_name, target_text, target_country, target_code, date_from, date_to, factuality,
                                            sentence, sentence_index, confidence, published)
                SELECT id, 'synthetic-' || CAST((id - %d) // 10 AS VARCHAR), 'e' || CAST(id AS VARCHAR), type,
                       source_name, source_text, source_country, source_code, target_name, target_text, target_country, target_code,
                       date_from, date_to, factuality, sentence, 0, confidence, first_published
                FROM events WHERE id >= %d""".formatted(SYNTHETIC_IDS, SYNTHETIC_IDS));
        store.execute("CHECKPOINT");
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** Saves {@code n} article-sized outcomes and returns each save's time in nanoseconds. */
    public static long[] saveArticles(EventStore store, int n, int eventsPerArticle, long seed) {
        Random rnd = new Random(seed);
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            ArticleOutcome a = article("bench-" + seed + "-" + i, eventsPerArticle, rnd);
            long t = System.nanoTime();
            store.save(a, "hash-" + i);
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    /** An article like a real one: ~4 KB of text, a dozen actor mentions, some events, quotes and removed lines. */
    static ArticleOutcome article(String id, int events, Random rnd) {
        LocalDate published = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(9131));
        StringBuilder text = new StringBuilder();
        while (text.length() < 4000)
            text.append("The minister said talks with officials would continue in the capital next week, according to a statement. ");
        List<ActorMention> actors = new ArrayList<>();
        List<CodedEvent> coded = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            String s = COUNTRIES[rnd.nextInt(4)], t = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            EventActor src = new EventActor(s + " government", s, "GOV", s + "GOV"), tgt = new EventActor(t + " army", t, "MIL", t + "MIL");
            actors.add(new ActorMention(s + " Government", src.text(), s, "GOV", s + "GOV", e, 0, 2, ActorKind.ORGANIZATION));
            actors.add(new ActorMention(t + " Armed Forces", tgt.text(), t, "MIL", t + "MIL", e, 4, 6, ActorKind.ORGANIZATION));
            LocalDate d = published.minusDays(rnd.nextInt(3));
            PloverType type = PloverType.values()[rnd.nextInt(PloverType.values().length)];
            coded.add(new CodedEvent(id + "-e" + (e + 1), type, "040", null, List.of(), src, tgt, new DateRange(d, d),
                    Factuality.values()[rnd.nextInt(4)], "The " + s + " government and the " + t + " army met in Geneva on "
                    + d.getDayOfWeek() + " about talks number " + rnd.nextInt(50) + ".", e, 1, null, 0.5 + rnd.nextDouble() / 2));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 4; q++) quotes.add(new Quote("We will not accept this, and we will say so clearly " + q, "A Minister", "GBR", "GOV", q, q * 100));
        List<RemovedLine> removed = new ArrayList<>();
        for (int r = 0; r < 5; r++) removed.add(RemovedLine.of("READ MORE: related headline number " + r, RemovalReason.RELATED_HEADLINES));
        CleanArticle clean = new CleanArticle(id, id + ".html", "https://news.example/" + id, "en", "Title " + id, null, null,
                published, text.toString(), removed);
        return new ArticleOutcome.Coded(new CodedArticle(new AnnotatedArticle(clean, List.of()),
                new PublishedDate(published, published, published, DateMethod.GIVEN, "given"), actors, coded, quotes));
    }
}
