package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.QuoteFindings;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.config.DyadConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every mention of a political actor in an article to a country (ISO 3166 alpha-3 or a body
 * code: NATO, EUR, UNO, AFU, ECO, G7, IMF, WBK) and a CAMEO sector, as of the article's date.
 *
 * <p>Knowledge comes from, in order: Dyad's office-holder file (who held which office when), Dyad's
 * gazetteer of countries, capitals, seats of government, institutions and media, the PETRARCH/Phoenix
 * actor dictionaries (date-restricted codes, PETRARCH-1 semantics), and the mention's own context
 * (title and nationality: "French Foreign Minister Jean-Noël Barrot", "his French counterpart").
 * Later mentions ("Mr Sunak", "the Prime Minister", "he", "the pair") resolve to the same actor.
 *
 * <p>Built once by {@link #load}; holds no per-article state, so threads may share it.
 */
public final class ActorResolver {
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "His", "Her", "Their", "Its", "Mr", "Mrs",
            "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Our", "This", "That");

    private final OfficeHolders holders;
    private final Gazetteer gazetteer;
    private final TitleLexicon titles;
    private final SentenceTagger tagger;
    private final Speakers speakerNames = new Speakers();

    private ActorResolver(OfficeHolders holders, Gazetteer gazetteer, PhoenixActors phoenix, TitleLexicon titles) {
        this.holders = holders;
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.tagger = new SentenceTagger(holders, gazetteer, phoenix, titles);
    }

    /**
     * Loads the Phoenix dictionaries from {@link DyadConfig#phoenixDir()} and Dyad's own resources.
     *
     * @throws IllegalStateException naming the path when a dictionary or resource is missing or malformed
     */
    public static ActorResolver load(DyadConfig config) {
        PhoenixActors phoenix = PhoenixActors.load(config.phoenixDir());
        return new ActorResolver(OfficeHolders.load(), Gazetteer.load(), phoenix, TitleLexicon.load(phoenix));
    }

    /**
     * Every actor mention in every sentence, in reading order, with codes chosen as of the article's
     * date ({@code published.date()}, else the end of its window, else today).
     *
     * <p>A pronoun or "the pair" is an {@link ActorKind#ANAPHOR} named after its antecedent; a plural one
     * gives one mention per person, over the same tokens; an unresolved pronoun gives none. Capitals and
     * seats of government count only when they act ("Moscow said", not "in Moscow"); outlets only near a
     * reporting word ("told the BBC"); people only with a political role (knowledge file, dictionary,
     * title) or by coreference to one. Photo captions and "READ MORE:" links are skipped.
     */
    public List<ActorMention> resolve(AnnotatedArticle article, PublishedDate published) {
        return resolveAll(article, published).mentions();
    }

    /**
     * The article's actor mentions as {@link #resolve} gives them, with every person the resolution named or
     * referred to, actor or not, which {@link #speakers} resolves speakers through.
     */
    public ResolvedActors resolveAll(AnnotatedArticle article, PublishedDate published) {
        LocalDate day = asOf(published);
        Set<Integer> captions = captionParagraphs(article);
        List<SentenceWords> words = new ArrayList<>();
        List<List<Piece>> pieces = new ArrayList<>();
        java.util.BitSet quoted = Quotation.marked(article.article().text());
        for (Sentence s : article.sentences()) {
            boolean skip = captions.contains(s.paragraph()) || LINK.matcher(s.text()).lookingAt();
            SentenceWords w = new SentenceWords(skip ? List.of() : s.tokens(), s.text(), s.begin());
            if (!skip) w.withReading(Quotation.subject(s), Quotation.quotedTokens(s, quoted));
            words.add(w);
            pieces.add(tagger.tag(w, day));
        }
        boolean dated = published != null && published.date() != null;
        ArticleResolution r = new ArticleResolution(day, dated, HomeCountry.of(pieces, day, gazetteer), holders, gazetteer, false);
        for (int i = 0; i < words.size(); i++)
            r.sentence(article.sentences().get(i).index(), words.get(i), pieces.get(i), Chunker.chunks(pieces.get(i)));
        return new ResolvedActors(r.mentions(), r.people(), r.memory(), r.home(), words, pieces);
    }

    /**
     * The actor a free phrase names ("a UK defence source", "Putin's spokesman", "Le Monde",
     * "a senior European diplomat" -> EUR GOV), or empty when it names none or no country can be told.
     * Titles that name no country ("the Ministry of Defence") stay empty: use the three-argument form.
     */
    public Optional<ActorMention> resolvePhrase(String phrase, LocalDate asOf) {
        return resolvePhrase(phrase, asOf, null);
    }

    /**
     * As {@link #resolvePhrase(String, LocalDate)}, with the article's home country ({@code GBR}) for
     * titles that name none ("the Ministry of Defence", "the Defence Secretary", "officials").
     */
    public Optional<ActorMention> resolvePhrase(String phrase, LocalDate asOf, String homeCountry) {
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        SentenceWords w = new SentenceWords(phraseTokens(phrase, day), phrase, 0);
        List<Piece> pieces = tagger.tag(w, day);
        ArticleResolution r = new ArticleResolution(day, asOf != null, homeCountry, holders, gazetteer, true);
        r.sentence(0, w, pieces, Chunker.chunks(pieces));
        List<ActorMention> found = r.mentions();
        // the head of "Putin's spokesman" is the spokesman, the last mention the phrase holds
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /**
     * The quotations the quotes stage found, with their speakers resolved as the article's actors: the cue's
     * words resolve through the article's mentions ({@link Speakers}), each named speaker points to its entity
     * ({@link Quote#speakerEntity()}), and a speaker no actor mention covers ("a UK defence source", "the
     * Ministry of Defence") is resolved as a phrase, with the article's home country for titles that name none.
     *
     * @param actors what {@link #resolveAll} gave for this article
     */
    public List<Quote> speakers(QuoteFindings found, AnnotatedArticle article, ResolvedActors actors,
                                PublishedDate published) {
        return speakers(speakerNames.attribute(article, found, actors), article, actors, published);
    }

    /**
     * Quotes whose speakers are named but not yet placed, as actors: each named speaker points to its entity,
     * and one no actor mention covers is resolved as a phrase (see {@link #speakers(QuoteFindings, AnnotatedArticle, ResolvedActors, PublishedDate)}).
     */
    List<Quote> speakers(List<Quote> quotes, AnnotatedArticle article, ResolvedActors actors, PublishedDate published) {
        LocalDate day = asOf(published);
        // the home country and sentences the resolution read, not a second reading of the article
        String home = actors.home;
        List<SentenceWords> words = actors.words;
        List<List<Piece>> pieces = actors.pieces;
        List<ActorMention> mentions = actors.mentions();
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (q.speaker() == null) {
                out.add(q);
                continue;
            }
            String country = q.country();
            String sector = q.sector();
            if (country == null) {
                Optional<ActorMention> m = resolvePhrase(q.speaker(), day, home);
                if (m.isPresent()) {
                    country = m.get().country();
                    sector = m.get().sector();
                } else {
                    // "the student", "one user": an unnamed local, of the place the article introduces them in
                    country = IntroducedPlace.of(q.speaker(), positionOf(article, q.sentence()), words, pieces, home);
                }
            }
            if (country != null && !STATES.contains(country) && memberOfBody(q.speaker(), day)) {
                country = null;
                sector = null;
            }
            out.add(new Quote(q.text(), q.speaker(), country, sector, q.sentence(), q.begin(),
                    entityOf(q.speaker(), country, mentions)));
        }
        return out;
    }

    /** ISO 3166 states; other codes (EUR, NATO, UNO, ...) are bodies or regions of several */
    private static final Set<String> STATES = Set.of(java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(String[]::new));

    /**
     * "a senior European diplomat", "a European official": an unnamed person placed only by the adjective of a
     * body of several states. The adjective says where they come from, not which state (or the body itself)
     * they speak for, so the speaker has no country. A body named as such ("an EU official", "the European
     * Commission's spokesman") or a person's name keeps it.
     */
    private boolean memberOfBody(String speaker, LocalDate day) {
        SentenceWords w = new SentenceWords(phraseTokens(speaker, day), speaker, 0);
        boolean adjective = false;
        boolean person = false;
        for (Piece p : tagger.tag(w, day)) {
            switch (p.type()) {
                case NAME -> {
                    return false;
                }
                case PLACE -> {
                    if (!p.isPlace(KnownActor.Role.ADJECTIVE) || STATES.contains(p.place().country())) return false;
                    adjective = true;
                }
                case TITLE -> person |= p.title() != null && !p.title().group();
                case OTHER -> {
                    // a capitalised word no list holds may be a name or a body ("European Fund")
                    if (Words.isCapitalized(w.original(p.start()))) return false;
                }
                default -> {
                }
            }
        }
        return adjective && person;
    }

    /** Position in the article's sentence list of the sentence with this index. */
    private static int positionOf(AnnotatedArticle article, int index) {
        List<Sentence> all = article.sentences();
        for (int i = 0; i < all.size(); i++) if (all.get(i).index() == index) return i;
        return all.size() - 1;
    }

    /** The entity of the mention named like the speaker, of the same country; a person first. */
    private static String entityOf(String speaker, String country, List<ActorMention> mentions) {
        String want = Words.fold(speaker);
        String found = null;
        for (ActorMention m : mentions) {
            if (m.entity() == null || m.name() == null || !Words.fold(m.name()).equals(want)) continue;
            if (country != null && !country.equals(m.country())) continue;
            if (m.kind() == ActorKind.PERSON) return m.entity();
            if (found == null) found = m.entity();
        }
        return found;
    }

    /**
     * Paragraphs that are photo captions ("(Photo by ... /Getty Images)"): the people in them are
     * pictured, not acting, and a caption's dateline is not the article's. Cleaning drops most of
     * them; this keeps a missed one from adding actors.
     */
    private static Set<Integer> captionParagraphs(AnnotatedArticle article) {
        Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (Sentence s : article.sentences()) sizes.merge(s.paragraph(), 1, Integer::sum);
        Set<Integer> out = new java.util.HashSet<>();
        // a long "paragraph" means the text had no line breaks: then a caption cannot be told apart
        for (Sentence s : article.sentences())
            if (CAPTION.matcher(s.text()).find() && sizes.get(s.paragraph()) <= 4) out.add(s.paragraph());
        return out;
    }

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "\\((Photo|Picture|Image)s?( by|:)|Getty Images|/AFP via|Photograph: |/ ?Reuters\\)|\\(AP Photo", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "READ MORE: ..." and similar cross-links name other stories' actors */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "\\s*(READ MORE|Read more|RELATED|Related|MORE|Watch|WATCH|Listen|LISTEN|Also read|ALSO READ)\\s*[:|-]");

    /**
     * The country the article is written from, by how densely it names each country (its seats of
     * government and national titles count most): the hint {@link #resolvePhrase(String, LocalDate, String)}
     * takes. Empty when the article names no country.
     */
    public Optional<String> homeCountry(AnnotatedArticle article, PublishedDate published) {
        LocalDate day = asOf(published);
        List<List<Piece>> pieces = new ArrayList<>();
        for (Sentence s : article.sentences()) pieces.add(tagger.tag(new SentenceWords(s.tokens(), s.text(), s.begin()), day));
        return Optional.ofNullable(HomeCountry.of(pieces, day, gazetteer));
    }

    /** The knowledge file's office terms (who held which office, when). */
    public List<OfficeTerm> officeTerms() {
        return holders.terms();
    }

    /**
     * One mention per canonical name, the most informative (with a sector, a name rather than a pronoun),
     * in first-seen order. Same-named generic actors of different countries ("officials") stay apart.
     */
    public static List<ActorMention> distinct(List<ActorMention> mentions) {
        Map<String, ActorMention> best = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            String key = Words.fold(m.name()) + "|" + m.country();
            ActorMention old = best.get(key);
            if (old == null || score(m) > score(old)) best.put(key, m);
        }
        return List.copyOf(best.values());
    }

    private static int score(ActorMention m) {
        return (m.country() != null ? 4 : 0) + (m.sector() != null ? 2 : 0) + (m.kind() != ActorKind.ANAPHOR ? 1 : 0);
    }

    /** The day codes are chosen for: the best guess, else the end of the honest window, else today. */
    static LocalDate asOf(PublishedDate published) {
        if (published != null && published.date() != null) return published.date();
        if (published != null && published.to() != null) return published.to();
        return LocalDate.now();
    }

    /**
     * Tokens for a free phrase, tagged as the NER would: capitalised words that no title, country,
     * institution or known name covers are taken for a person's name ("John Smith").
     */
    private List<Token> phraseTokens(String phrase, LocalDate day) {
        List<String> raw = Words.tokenize(phrase);
        List<Token> plain = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            int at = phrase.indexOf(t, offset);
            if (at >= 0) offset = at;
            String f = Words.fold(t);
            String pos = Words.SINGULAR_PRONOUNS.contains(f) || Words.PLURAL_PRONOUNS.contains(f) ? "PRP"
                    : Words.isCapitalized(t) ? "NNP" : "NN";
            plain.add(new Token(i, t, f, pos, "O", null, offset, offset + t.length()));
            offset += t.length();
        }
        SentenceWords w = new SentenceWords(plain, phrase, 0);
        List<Token> out = new ArrayList<>(plain);
        for (Piece p : tagger.tag(w, day)) {
            if (p.type() != Piece.Type.OTHER || !Words.isCapitalized(w.original(p.start()))
                    || NOT_NAMES.contains(w.original(p.start())) || !Character.isLetter(w.original(p.start()).charAt(0))) continue;
            for (int k = w.tokenIndex(p.start()); k < w.tokenEnd(p.end()); k++) {
                Token t = plain.get(k);
                out.set(k, new Token(t.index(), t.word(), t.lemma(), t.pos(), "PERSON", null, t.begin(), t.end()));
            }
        }
        return out;
    }
}
