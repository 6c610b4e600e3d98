package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.DateRange;
import org.dyad.article.DateMethod;
import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;

/**
 * Dates an article's publication, in this order:
 * <ol>
 *   <li>{@link DateMethod#GIVEN}: the date given with the input or in the page's metadata; the window is that day;</li>
 *   <li>{@link DateMethod#EXPLICIT}: a date line or dateline in the text ({@link DatelineReader}) or a day in the
 *       article's address ({@code /2024/11/22/}, {@link UrlDates}); a month or year in the address bounds the
 *       other clues; a dateline
 *       without a year ("April 7 (ANI)") takes the year from the content's window, or from its weekday;</li>
 *   <li>{@link DateMethod#INFERRED}: a window reasoned from the content: office terms of people named with
 *       their titles ({@link OfficeTermReader}, and for people the office files do not hold, the Phoenix
 *       dictionary's government terms, {@link DictionaryClues}), dates told in the past or future tense, weekday-dated days
 *       ({@link ContentClues}), dated world events named with relative time or tense ({@link LandmarkClues}), combined strongest first ({@link ClueCombiner});</li>
 *   <li>{@link PublishedDate#unknown()} when nothing supports a date.</li>
 * </ol>
 * The window is meant to contain the true date: contradicted clues are dropped rather than producing a
 * narrow wrong window. {@code date} is the best single guess inside the window, never after {@code today}.
 * Built once; holds no per-article state.
 */
public final class PublicationDater {
    /** An "Updated:" line is after publication; allow this many days before it. */
    static final int UPDATED_SLACK_DAYS = 2;
    /** A month or year in the article's address outweighs anything reasoned from the text. */
    static final double ADDRESS_WEIGHT = 10.0;

    private final OfficeTermReader officeTerms;
    private final Landmarks landmarks;
    private final DictionaryTerms dictionary;
    /** The people of the office files, as folded words: the dictionary is not asked about them. */
    private final java.util.Set<List<String>> known;
    private final LocalDate today;

    /**
     * With the landmarks bundled with Dyad ({@link Landmarks#bundled()}).
     *
     * @param officeTerms who held which office when (Dyad's knowledge file)
     * @param today       the latest day an article can have appeared
     */
    public PublicationDater(List<OfficeTerm> officeTerms, LocalDate today) {
        this(officeTerms, Landmarks.bundled(), today);
    }

    /**
     * @param officeTerms who held which office when (Dyad's knowledge file)
     * @param landmarks   dated world events and the phrases naming them ({@link Landmarks#read})
     * @param today       the latest day an article can have appeared
     */
    public PublicationDater(List<OfficeTerm> officeTerms, Landmarks landmarks, LocalDate today) {
        this(officeTerms, landmarks, DictionaryTerms.none(), today);
    }

    /**
     * @param officeTerms who held which office when (Dyad's knowledge file)
     * @param landmarks   dated world events and the phrases naming them ({@link Landmarks#read})
     * @param dictionary  when people Dyad's office files do not hold were in government ({@link DictionaryTerms#load})
     * @param today       the latest day an article can have appeared
     */
    public PublicationDater(List<OfficeTerm> officeTerms, Landmarks landmarks, DictionaryTerms dictionary, LocalDate today) {
        this.officeTerms = new OfficeTermReader(Objects.requireNonNull(officeTerms, "officeTerms"));
        this.landmarks = Objects.requireNonNull(landmarks, "landmarks");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.today = Objects.requireNonNull(today, "today");
        java.util.Set<List<String>> known = new java.util.HashSet<>();
        for (OfficeTerm t : officeTerms) {
            List<String> forms = new ArrayList<>(t.aliases());
            forms.add(t.person());
            for (String f : forms) {
                List<String> words = new ArrayList<>();
                for (String w : f.split("[\\s_-]+")) if (!w.isEmpty()) words.add(DictionaryTerms.fold(w));
                if (words.size() >= 2) known.add(List.copyOf(words));
            }
        }
        this.known = java.util.Set.copyOf(known);
    }

    public PublishedDate date(AnnotatedArticle article) {
        CleanArticle clean = article.article();
        if (clean.givenDate() != null)
            return new PublishedDate(clean.givenDate(), clean.givenDate(), clean.givenDate(), DateMethod.GIVEN,
                    "given with the article");
        String url = clean.url() != null ? clean.url()
                : clean.source() != null && clean.source().matches("(?i)https?://.*") ? clean.source() : null;
        DateRange address = UrlDates.read(url, today);
        List<DateClue> clues = new ArrayList<>(officeTerms.clues(article, today));
        clues.addAll(ContentClues.clues(article, today));
        clues.addAll(ComingEvents.clues(article));
        clues.addAll(LandmarkClues.clues(article, landmarks, today));
        clues.addAll(DictionaryClues.clues(article, dictionary, known, today));
        if (address != null)
            clues.add(DateClue.fixed(ADDRESS_WEIGHT, "address " + address.from() + ".." + address.to(),
                    DateSet.of(address.from(), address.to())));
        ClueCombiner.Outcome content = ClueCombiner.combine(clues, today);

        DatelineReader.Dateline line = DatelineReader.read(clean, today);
        boolean publishedLine = line != null && line.kind() == DatelineReader.Kind.PUBLISHED && line.date() instanceof TimeReference.Day;
        // a day in the address is as good as a dateline; only a "Published" line beats it
        if (!publishedLine && address != null && address.from().equals(address.to()))
            return new PublishedDate(address.from(), address.from(), address.to(), DateMethod.EXPLICIT,
                    "date in the address " + url);
        if (line != null && !contradicted(line, content)) {
            PublishedDate explicit = explicit(line, content);
            if (explicit != null) return explicit;
        }
        if (!content.supported()) {
            // nothing in the text dates it: the honest window is every day a news page still found
            // today may have appeared on, with no single day claimed
            if (clean.text().isBlank()) return PublishedDate.unknown();
            return new PublishedDate(null, today.minusYears(UNDATED_YEARS), today, DateMethod.INFERRED,
                    "no datable clue: any day of the last " + UNDATED_YEARS + " years");
        }
        LocalDate guess = content.guess().isAfter(today) ? today : content.guess();
        // a guess just after a term's start moves on past the yearless months the article tells after it
        if (content.onset()) guess = RecentMonths.after(RecentMonths.find(article), guess, content.days(), today);
        // a guess near a reported event moves to the weekday the lead reports its news on
        if (!content.pointed()) guess = LeadWeekday.near(guess, LeadWeekday.of(article), content.days(), today);
        return new PublishedDate(guess, content.days().first(), content.days().last(), DateMethod.INFERRED, content.evidence());
    }

    /**
     * How far back an undated page may reach: news pages scraped today are rarely older than the
     * web archives of the outlets they come from; a wider window would still be honest, only wider.
     */
    static final int UNDATED_YEARS = 25;

    /** A date line this far outside what the content allows is a crawl or sidebar date, not the article's. */
    static final int CONTRADICTION_DAYS = 31;

    /**
     * True when the page's date line names a day the content rules out by more than a month: the people
     * it names were not in office then, or the events it reports as past had not happened yet.
     */
    private static boolean contradicted(DatelineReader.Dateline line, ClueCombiner.Outcome content) {
        if (!content.supported() || !(line.date() instanceof TimeReference.Day d)) return false;
        DateSet near = DateSet.of(d.day().minusDays(CONTRADICTION_DAYS), d.day().plusDays(CONTRADICTION_DAYS));
        return content.days().intersect(near).isEmpty();
    }

    private PublishedDate explicit(DatelineReader.Dateline line, ClueCombiner.Outcome content) {
        String evidence = (line.kind() == DatelineReader.Kind.UPDATED ? "updated line '" : "date line '") + line.line() + "'";
        if (line.date() instanceof TimeReference.Day d) {
            LocalDate from = line.kind() == DatelineReader.Kind.UPDATED ? d.day().minusDays(UPDATED_SLACK_DAYS) : d.day();
            return new PublishedDate(d.day(), from, d.day(), DateMethod.EXPLICIT, evidence);
        }
        if (line.date() instanceof TimeReference.Span span)
            return new PublishedDate(span.to(), span.from(), span.to(), DateMethod.EXPLICIT,
                    evidence + "; day and month order unknown");
        if (!(line.date() instanceof TimeReference.MonthDay md)) return null;
        List<LocalDate> candidates = candidates(md, content);
        if (candidates.isEmpty()) return null;
        LocalDate day = candidates.get(0);
        if (!content.supported()) {
            // nothing else dates the page: the day may be of any year an undated page may have appeared in
            // (the weekday, when given, leaves every year it falls on); the latest is only the best guess
            LocalDate earliest = candidates.get(candidates.size() - 1);
            String why = candidates.size() == 1 ? "the only year of the last " + UNDATED_YEARS + " with that day"
                    : "year unknown: " + candidates.size() + " years of the last " + UNDATED_YEARS
                    + (md.weekday() != null ? " fit its weekday" : " fit") + ", the latest assumed";
            LocalDate from = line.kind() == DatelineReader.Kind.UPDATED ? earliest.minusDays(UPDATED_SLACK_DAYS) : earliest;
            return new PublishedDate(day, from, day, DateMethod.EXPLICIT, evidence + "; " + why);
        }
        // several years fit the content: the window spans them all rather than betting on one
        LocalDate first = candidates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = candidates.stream().max(LocalDate::compareTo).orElseThrow();
        String why = candidates.size() == 1 ? "year from " + content.evidence()
                : candidates.size() + " years fit " + content.evidence();
        LocalDate from = line.kind() == DatelineReader.Kind.UPDATED ? first.minusDays(UPDATED_SLACK_DAYS) : first;
        return new PublishedDate(day, from, last, DateMethod.EXPLICIT, evidence + "; " + why);
    }

    /**
     * The days a dateline without a year can be, best first. Inside the content's window: every such day,
     * the earliest first when the window has a lower bound (content dates pull the article towards the
     * years it mentions), else the latest first; none when the content allows none of them. With no content:
     * every such day of the last {@link #UNDATED_YEARS} years not after today, latest first (the weekday,
     * when given, keeps only the years it falls on).
     */
    private List<LocalDate> candidates(TimeReference.MonthDay md, ClueCombiner.Outcome content) {
        List<LocalDate> in = new ArrayList<>();
        if (content.supported()) {
            for (LocalDate d : ContentClues.occurrences(md, content.days())) if (content.days().contains(d)) in.add(d);
            if (content.days().first().isAfter(ClueCombiner.FLOOR)) java.util.Collections.reverse(in);
            // no year the content allows has that day: the line is not the article's, the content is believed
            return in;
        }
        for (LocalDate d : ContentClues.occurrences(md, DateSet.of(today.minusYears(UNDATED_YEARS), today)))
            if (!d.isAfter(today) && !d.isBefore(today.minusYears(UNDATED_YEARS))) in.add(d);
        return in;
    }
}
