package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DateRange;
import org.dyad.article.OfficeTerm;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * Turns people named with their titles into date clues: "Defence Secretary Ben Wallace" means the
 * article was written during one of Wallace's terms as Defence Secretary. Built once from the office
 * terms; {@link #clues} is a pure function of the article.
 *
 * <p>Strength, strongest first: a title naming the office; a generic title ("his French counterpart
 * Sébastien Lecornu") meaning some office the person held; an untitled name the article also calls "the
 * Prime Minister". A name with "former", "then" or "late" says nothing; neither does an untitled
 * name alone ("during Boris Johnson's tenure").
 */
final class OfficeTermReader {
    static final double TITLED = 3.0, GENERIC = 2.0, BY_OFFICE = 1.0;

    private static final Pattern THE_TITLE = Pattern.compile("\\b[Tt]he\\s+((?:(?:[A-Z][\\p{L}]+|of|for|and|the)\\s+){0,4}?"
            + "(?:Prime\\s+Minister|President|Chancellor|Secretary|Minister|PM)(?:\\s+of(?:\\s+the)?(?:\\s+[A-Z][\\p{L}]+){1,3})?)\\b(?!\\s+[A-Z])");

    /** One person's terms and the spellings that find them. */
    private record Person(String name, List<OfficeTerm> terms, List<Pattern> strong, List<Pattern> weak, List<String> keys,
                          List<Pattern> surnames) {
    }

    /** Days a bare title may outlive the term in a past-tense report ("President Biden signed", written just after). */
    static final int PAST_TENSE_GRACE_DAYS = 14;

    private final List<Person> people;

    OfficeTermReader(List<OfficeTerm> terms) {
        Map<String, List<OfficeTerm>> byPerson = new LinkedHashMap<>();
        for (OfficeTerm t : terms) byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t);
        List<Person> ps = new ArrayList<>();
        for (Map.Entry<String, List<OfficeTerm>> e : byPerson.entrySet()) {
            List<Pattern> strong = new ArrayList<>(), weak = new ArrayList<>(), surnames = new ArrayList<>();
            Set<String> forms = new HashSet<>();
            forms.add(e.getKey());
            for (OfficeTerm t : e.getValue()) forms.addAll(t.aliases());
            for (String f : forms) (f.trim().contains(" ") ? strong : weak).add(NameSpellings.pattern(f.trim()));
            // the knowledge files list a surname as an alias only when it is distinctive
            for (OfficeTerm t : e.getValue())
                for (String a : t.aliases()) if (!a.isBlank() && !a.trim().contains(" ")) surnames.add(NameSpellings.pattern(a.trim()));
            String[] parts = e.getKey().trim().split("\\s+");
            if (parts.length > 1) weak.add(NameSpellings.pattern(parts[parts.length - 1]));
            List<String> keys = new ArrayList<>();
            for (String f : forms) {
                String[] w = f.trim().split("[\\s-]+");
                keys.add(NameSpellings.folded(w[w.length - 1]));
            }
            ps.add(new Person(e.getKey(), List.copyOf(e.getValue()), strong, weak, List.copyOf(keys), List.copyOf(surnames)));
        }
        this.people = List.copyOf(ps);
    }

    /** What one article says about one person: titled mentions, generic ones, and how current they are. */
    private static final class Tally {
        final Set<OfficeTerm> matching = new LinkedHashSet<>(), counterpart = new LinkedHashSet<>(), formerly = new LinkedHashSet<>();
        int titled, generic, current, total;
        boolean named, titledNow;
        /** "five weeks since the fall of former Chancellor NAME": the longest such span, as days after the end. */
        long afterEnd;
    }

    List<DateClue> clues(AnnotatedArticle article, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        List<JoinedWords> joined = new ArrayList<>();
        for (Sentence s : article.sentences()) joined.add(JoinedWords.of(s));
        Map<Person, Integer> named = new LinkedHashMap<>(); // people named outside past-tense sentences: all their mentions
        String text = NameSpellings.folded(article.article().text());
        for (Person p : people) {
            // cheap test first: a knowledge file holds thousands of people, an article names a few
            if (p.keys.stream().noneMatch(text::contains)) continue;
            Tally t = tally(p, article, joined);
            if (!t.named) {
                // "Trump said": a distinctive surname alone names the person well enough to favour his terms
                if (bySurname(p, article, joined)) out.add(untitled(p, today));
                continue;
            }
            if (t.current > 0) named.put(p, t.total);
            if (t.titled > 0) {
                List<OfficeTerm> terms = new ArrayList<>(t.matching);
                boolean ends = terms.stream().anyMatch(term -> term.to() != null);
                int grace = t.titledNow || !ends ? 0 : PAST_TENSE_GRACE_DAYS;
                out.add(DateClue.onset(TITLED + 0.1 * Math.min(t.titled - 1, 5),
                        describe(p.name, terms, today) + (grace > 0 ? " (past tense: +" + grace + " days)" : ""),
                        terms(terms, today, grace)));
            } else if (t.generic > 0) {
                List<OfficeTerm> terms = t.counterpart.isEmpty() ? p.terms : new ArrayList<>(t.counterpart);
                out.add(DateClue.onset(GENERIC, "counterpart " + describe(p.name, terms, today), terms(terms, today, 0)));
            } else if (t.total > 0 && t.formerly.isEmpty()) {
                out.add(untitled(p, today));
            }
            if (!t.formerly.isEmpty()) {
                DateClue c = formerClue(p, t.formerly, t.afterEnd, today);
                if (c != null) out.add(c);
            }
        }
        out.addAll(byOffice(joined, named, today));
        out.addAll(tookOffice(article, text, joined, today));
        return out;
    }

    /**
     * "Trump said", "talks between Putin and Xi": news names a holder of a high office without the title mostly
     * while the term lasts (a past holder gets "former"). A soft clue ({@link DateClue#favouring}): candidates
     * and retired leaders are named so too, so it chooses the best day but never narrows the window.
     */
    private DateClue untitled(Person p, LocalDate today) {
        return DateClue.favouring(UNTITLED, p.name + " named without a title: more likely while in office ("
                + describe(p.name, p.terms, today) + ")", terms(p.terms, today, 0), true);
    }

    /**
     * True when one of the person's distinctive surnames is in the article and never after a first name that
     * is not the person's: "Richard Bennett" is someone else, and so is every "Bennett" of that article.
     */
    private static boolean bySurname(Person p, AnnotatedArticle article, List<JoinedWords> joined) {
        Set<String> own = new HashSet<>();
        for (String w : p.name.split("[\\s-]+")) own.add(NameSpellings.folded(w));
        boolean found = false;
        for (int si = 0; si < joined.size(); si++) {
            JoinedWords j = joined.get(si);
            List<Token> tokens = article.sentences().get(si).tokens();
            for (Pattern pt : p.surnames) {
                Matcher m = pt.matcher(j.text());
                while (m.find()) {
                    int b = j.tokenAt(m.start());
                    if (b > 0 && "PERSON".equals(tokens.get(b - 1).ner())
                            && !own.contains(NameSpellings.folded(tokens.get(b - 1).word()))) return false;
                    found = true;
                }
            }
        }
        return found;
    }

    /** "took office", "was sworn in": the words that date the first day of a term. */
    private static final Pattern TOOK_OFFICE = Pattern.compile("(?i)\\b(?:took|taking|assumed|assuming) (?:office|power|the presidency)"
            + "|\\b(?:was|were|been|being) (?:sworn in|inaugurated)|\\bcame to power");
    /** How many tokens the taking of office may stand after the name ("NAME, who was sworn in"). */
    private static final int TOOK_OFFICE_TOKENS = 6;
    static final double TOOK_OFFICE_WEIGHT = 2.6;
    /** A soft clue only ({@link DateClue#favouring}): its weight orders it among the other soft clues. */
    static final double UNTITLED = 1.0;

    /**
     * "Chancellor NAME, sworn in last week": the first day of one of the person's terms,
     * reached by the sentence's relative time, dates the article as a landmark would ({@link LandmarkClues#reaching}).
     * Every term the person began is tried; the clue allows the days that fit any of them.
     */
    private List<DateClue> tookOffice(AnnotatedArticle article, String text, List<JoinedWords> joined, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        if (!TOOK_OFFICE.matcher(article.article().text()).find()) return out;
        for (int si = 0; si < joined.size(); si++) {
            JoinedWords j = joined.get(si);
            Matcher took = TOOK_OFFICE.matcher(j.text());
            if (!took.find()) continue;
            Sentence s = article.sentences().get(si);
            int tookAt = j.tokenAt(took.start());
            for (Person p : people) {
                if (p.keys.stream().noneMatch(text::contains)) continue;
                boolean near = false;
                for (int[] span : mentions(p, j, true)) near |= span[1] <= tookAt && tookAt - span[1] <= TOOK_OFFICE_TOKENS;
                if (!near) continue;
                List<DateRange> days = new ArrayList<>();
                String rel = null;
                for (SentenceTimes.Mention m : SentenceTimes.find(s)) {
                    if (!(m.reference() instanceof TimeReference.Relative || m.reference() instanceof TimeReference.Ago)) continue;
                    if (m.tokenBegin() < tookAt) continue;
                    Tense tense = TenseReader.tense(s, m.tokenBegin());
                    for (OfficeTerm term : p.terms) {
                        if (term.from() == null || term.from().isAfter(today)) continue;
                        DateSet d = LandmarkClues.reaching(m.reference(), tense, term.from(), term.from(), today);
                        if (d != null) days.addAll(d.ranges());
                    }
                    rel = m.text();
                    break;
                }
                if (days.isEmpty()) continue;
                out.add(DateClue.fixed(TOOK_OFFICE_WEIGHT, p.name + " took office '" + rel + "'", DateSet.union(days)));
            }
        }
        return out;
    }

    private static Tally tally(Person p, AnnotatedArticle article, List<JoinedWords> joined) {
        Tally t = new Tally();
        boolean full = false;
        for (JoinedWords j : joined) for (Pattern pt : p.strong) full |= pt.matcher(j.text()).find();
        t.named = full;
        for (int si = 0; si < joined.size(); si++) {
            Sentence s = article.sentences().get(si);
            List<int[]> spans = mentions(p, joined.get(si), full);
            if (spans.isEmpty()) continue;
            t.named = true;
            // "President Sarkozy and Prime Minister Cameron signed a treaty on November 2, 2010": the
            // titles are as of the sentence's own date, not the article's
            boolean dated = hasAbsoluteDate(s);
            for (int[] span : spans) {
                t.total++;
                if (dated) continue;
                boolean now = TenseReader.tense(s, span[0]) != Tense.PAST;
                if (now) t.current++;
                Set<String> title = NameTitle.around(s, span[0], span[1]);
                if (title.isEmpty()) continue;
                // "Acting Prime Minister" names only an acting term recorded as such; "Deputy", "former" none
                boolean qualified = OfficeTitles.isQualified(title);
                boolean hit = false;
                for (OfficeTerm term : p.terms)
                    if (OfficeTitles.names(title, term.office())) {
                        t.matching.add(term);
                        hit = true;
                    }
                // "former Bolivian president NAME": the article is from after the end of a term of that office
                if (!hit && (title.contains("former") || title.contains("ex"))) {
                    Set<String> office = new HashSet<>(title);
                    office.removeAll(FORMER);
                    boolean ended = false;
                    for (OfficeTerm term : p.terms)
                        if (term.to() != null && OfficeTitles.isTitle(office) && OfficeTitles.names(office, term.office())) {
                            t.formerly.add(term);
                            ended = true;
                        }
                    // only the mention that names the ended term may count a span from its end
                    if (ended && TenseReader.tense(s, span[0]) != Tense.FUTURE)
                        t.afterEnd = Math.max(t.afterEnd, spanBeforeEnd(s, span[0]));
                }
                if (hit) {
                    t.titled++;
                    t.titledNow |= now;
                } else if (!qualified && OfficeTitles.isGeneric(title)) {
                    t.generic++;
                    t.counterpart.addAll(sameDomain(p.terms, s));
                }
            }
        }
        return t;
    }

    /**
     * "Defence Secretary Ana Ruiz and her Chilean counterpart Tomas Vidal": a counterpart holds the
     * office of the same domain as the sentence's other titles, so only those of the person's terms count.
     */
    private static List<OfficeTerm> sameDomain(List<OfficeTerm> terms, Sentence s) {
        Set<String> sentence = OfficeTitles.words(s.text());
        List<OfficeTerm> out = new ArrayList<>();
        for (OfficeTerm t : terms) {
            Set<String> d = OfficeTitles.domain(OfficeTitles.officeWords(t.office()));
            d.retainAll(sentence);
            if (!d.isEmpty()) out.add(t);
        }
        return out;
    }

    /** A sentence dated by itself, not about the future ("will host it in 2025" still speaks of now). */
    private static boolean hasAbsoluteDate(Sentence s) {
        for (SentenceTimes.Mention m : SentenceTimes.find(s))
            // "pledged to halve the waiting lists by 2030": a target, not the day the sentence tells of
            if (m.reference().absolute() != null && TenseReader.tense(s, m.tokenBegin()) != Tense.FUTURE
                    && !ContentClues.introducedBy(s, m, ContentClues.DEADLINE)) return true;
        return false;
    }

    /**
     * "the Prime Minister" with no name, read as the person who held a matching office and is named
     * outside past-tense sentences, when one such person is named more than twice as often as any other
     * ("Boris Johnson had said" does not compete with "Mr Sunak will", nor one "Anthony Albanese" with ten).
     */
    private static List<DateClue> byOffice(List<JoinedWords> joined, Map<Person, Integer> named, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JoinedWords j : joined) {
            Matcher m = THE_TITLE.matcher(j.text());
            while (m.find()) {
                Set<String> title = OfficeTitles.words(m.group(1));
                if (OfficeTitles.isQualified(title) || !seen.add(String.join(" ", new java.util.TreeSet<>(title)))) continue;
                Person only = null;
                List<OfficeTerm> terms = new ArrayList<>();
                int most = 0, second = 0;
                for (Map.Entry<Person, Integer> e : named.entrySet()) {
                    List<OfficeTerm> hit = new ArrayList<>();
                    for (OfficeTerm t : e.getKey().terms) if (OfficeTitles.names(title, t.office())) hit.add(t);
                    if (hit.isEmpty()) continue;
                    if (e.getValue() > most) { second = most; most = e.getValue(); only = e.getKey(); terms = hit; }
                    else second = Math.max(second, e.getValue());
                }
                if (only != null && most > 2 * second)
                    out.add(DateClue.onset(BY_OFFICE, "'the " + m.group(1) + "' is " + describe(only.name, terms, today),
                            terms(terms, today, 0)));
            }
        }
        return out;
    }

    /** Token spans of the person's mentions in one sentence; a bare surname only once the full name is in the article. */
    private static List<int[]> mentions(Person p, JoinedWords j, boolean fullNameInArticle) {
        List<int[]> out = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>(p.strong);
        if (fullNameInArticle) patterns.addAll(p.weak);
        for (Pattern pt : patterns) {
            Matcher m = pt.matcher(j.text());
            while (m.find()) {
                int b = j.tokenAt(m.start()), e = j.tokenAt(m.end() - 1) + 1;
                boolean inside = false;
                for (int[] o : out) inside |= b >= o[0] && e <= o[1] || b < o[1] && o[0] < e;
                if (!inside) out.add(new int[]{b, e});
            }
        }
        return out;
    }

    /** Words that make a title a past one ("former", "ex-"); "late" and "then" say nothing of when the term ended. */
    private static final Set<String> FORMER = Set.of("former", "ex");
    static final double FORMER_WEIGHT = 1.5;

    /**
     * "former President NAME": written after the end of the earliest recorded term of that office (a term
     * missing from the knowledge file, before its coverage, would make this wrong: the weight stays below
     * a title's, so a current title outvotes it). The best day is just after the latest such end that the
     * window still allows, where news about a departure is densest, unless a later reported event points elsewhere.
     */
    private static DateClue formerClue(Person p, Set<OfficeTerm> ended, long afterEnd, LocalDate today) {
        LocalDate first = null;
        List<LocalDate> ends = new ArrayList<>();
        for (OfficeTerm term : ended) {
            LocalDate end = term.to().plusDays(afterEnd);
            if (end.isAfter(today)) continue;
            ends.add(end);
            if (first == null || end.isBefore(first)) first = end;
        }
        if (first == null) return null;
        DateSet allowed = DateSet.of(first, today);
        ends.sort(java.util.Comparator.reverseOrder());
        String span = afterEnd > 0 ? ": " + afterEnd + " days or more after its end" : ": after its end";
        return new DateClue(FORMER_WEIGHT, "former " + describe(p.name, new ArrayList<>(ended), today) + span,
                current -> allowed, days -> {
                    for (LocalDate e : ends) {
                        LocalDate g = e.plusDays(DateClue.DAYS_AFTER_EVENT);
                        if (days.contains(g)) return g;
                    }
                    return null;
                }, allowed);
    }

    /** "five weeks since the fall of former Chancellor", "two years after the funeral of the late Emir": up to the name. */
    private static final Pattern SPAN_BEFORE_END = Pattern.compile("(?i)\\b(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "\\s+(?<unit>day|week|month|year)s?\\s+(?:after|since)\\s+(?:the\\s+)?(?:\\S+\\s+){1,7}$");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /**
     * Days the article is at least after a term's end when the words before a past holder's name count a span
     * from it ("five weeks since the fall of former Chancellor NAME"); a little less than the span, as "five
     * weeks" is said of a few days either side (the slack {@link LandmarkClues} gives a span after an event).
     * Zero when they count none.
     */
    static long spanBeforeEnd(Sentence s, int nameBegin) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, nameBegin - 12); i < nameBegin; i++) before.append(s.tokens().get(i).word()).append(' ');
        Matcher m = SPAN_BEFORE_END.matcher(before.toString());
        if (!m.find()) return 0;
        // the words between the span and the name must hold the end ("the fall of former Chancellor")
        String between = before.substring(m.start()).toLowerCase(Locale.ROOT);
        if (NameTitle.ENDED.stream().noneMatch(w -> between.matches("(?s).*\\b" + w + "\\b.*"))) return 0;
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.getOrDefault(n, 0);
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> Math.max(0, count - 1L);
            case "week" -> Math.max(0, 7L * count - 3);
            case "month" -> Math.max(0, 30L * count - 7);
            default -> Math.max(0, 365L * count - 31);
        };
    }

    private static DateSet terms(List<OfficeTerm> terms, LocalDate today, int graceDays) {
        List<DateRange> ranges = new ArrayList<>();
        for (OfficeTerm t : terms) {
            LocalDate end = t.to() == null ? today : t.to().plusDays(graceDays);
            LocalDate to = end.isAfter(today) ? today : end;
            if (!t.from().isAfter(to)) ranges.add(new DateRange(t.from(), to));
        }
        return DateSet.union(ranges);
    }

    private static String describe(String person, List<OfficeTerm> terms, LocalDate today) {
        StringBuilder sb = new StringBuilder(person).append(" as ");
        for (int i = 0; i < terms.size(); i++) {
            OfficeTerm t = terms.get(i);
            if (i > 0) sb.append(", ");
            sb.append(t.office()).append(' ').append(t.from()).append("..").append(t.to() == null ? "" : t.to());
        }
        return sb.toString();
    }
}
