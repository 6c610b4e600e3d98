package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.Quote;

/**
 * The quotes stage: every direct quotation of an article with who said it.
 *
 * <p>Quotes are found in the cleaned text ({@link QuoteFinder}); phrases of one or two words are
 * scare quotes and dropped, three or four words count only with a speaker cue (or, for four, when the
 * quote opens its sentence), longer ones always count. The speaker comes from the words around the
 * quote ({@link CueFinder}) resolved through the actor mentions ({@link SpeakerResolver}); a quote with
 * no cue that opens its paragraph or sentence continues the last speaker; a phrase quoted mid-sentence
 * with no cue keeps a null speaker. A quoted crosshead (a whole short line without a stop) is kept
 * without a speaker and does not become "the last speaker"; a single-quoted phrase without a stop and
 * without a cue is dropped. A quote longer than {@value #MAX_CHARS} characters (a long multi-paragraph
 * quote) is split at paragraph breaks, or sentence ends, so each part stays usable.
 *
 * <p>Built once; holds no per-article state, so threads may share it.
 */
public final class SpeakerAttributor {
    static final int MAX_CHARS = 1500;
    private static final String STAGE = "quotes";

    private final QuoteFinder finder = new QuoteFinder();
    private final CueFinder cues = new CueFinder();
    private final SpeakerResolver resolver = new SpeakerResolver();
    private final TranscriptFinder transcripts = new TranscriptFinder();

    /** Needs no models or data files: the rules and word lists are built in. */
    public SpeakerAttributor() {
    }

    /**
     * The quotes of the article in text order.
     *
     * @param article the annotated article; offsets refer to {@code article.article().text()}
     * @param actors  the actor mentions of the article (any order); pronoun and title mentions carry
     *                the canonical name of the actor they refer to
     * @return quotes with speaker, country and sector where known
     * @throws ArticleException when the sentences do not fit the text
     */
    public List<Quote> attribute(AnnotatedArticle article, List<ActorMention> actors) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(actors, "actors");
        String text = article.article().text();
        if (!article.sentences().isEmpty() && article.sentences().get(article.sentences().size() - 1).end() > text.length()) {
            throw new ArticleException(STAGE, "sentence offsets run past the end of the text");
        }
        List<Quote> out = new ArrayList<>();
        if (article.sentences().isEmpty()) return out;
        List<QuoteSpan> spans = finder.find(text);
        ArticleView v = new ArticleView(text, article.sentences(), spans);
        SpeakerMemory memory = new SpeakerMemory();
        int seen = 0;
        for (QuoteSpan q : spans) {
            int s = v.sentenceAt(q.markBegin());
            for (; seen <= s; seen++) notePublication(v, seen, actors, memory);
            int words = q.words();
            if (crosshead(text, q)) {
                // a quoted crosshead ('Anger spills onto the streets') names nobody and continues nobody
                if (words >= 3) emit(v, q, null, out);
                continue;
            }
            Cue cue = cues.find(v, q);
            if (singleMarked(text, q) && !endsWithStop(q) && (cue == null || cue.how() == Cue.How.INTRO)) {
                continue; // 'The puzzle you cannot miss' set in running text: a crosshead, not speech
            }
            Speaker speaker = cue == null ? null : resolver.resolve(v, cue, actors, memory);
            boolean opens = opensSentence(v, q, s);
            if (speaker == null && opens && words >= 4) speaker = memory.last();
            if (speaker != null) memory.add(speaker, cue == null ? s : cue.sentence());
            boolean keep = words >= 5 || words >= 3 && cue != null || words == 4 && opens;
            if (keep) emit(v, q, speaker, out);
        }
        for (TranscriptFinder.Turn t : transcripts.find(text)) {
            if (t.question()) continue;
            // the label names the speaker: "Jane Doe, former ...:" then "Doe:"
            int nameEnd = t.labelBegin() + t.label().split(",", 2)[0].length();
            int s = v.sentenceAt(t.labelBegin());
            int b = v.firstTokenFrom(s, t.labelBegin());
            int e = v.firstTokenFrom(s, nameEnd);
            Speaker speaker = b < e ? resolver.resolve(v, new Cue(s, b, e, Cue.How.BEFORE), actors, memory) : null;
            emit(v, new QuoteSpan(text.substring(t.begin(), t.end()), t.begin(), t.labelBegin(), t.end(), true), speaker, out);
        }
        out.sort(java.util.Comparator.comparingInt(Quote::begin));
        return out;
    }

    /** Remember an outlet the article cites ("Le Monde reports this") for "the article says". */
    private void notePublication(ArticleView v, int s, List<ActorMention> actors, SpeakerMemory memory) {
        Cue c = cues.reporter(v, s);
        if (c == null || !SpeakerResolver.hasProperName(v, s, c.tokenBegin(), c.tokenEnd())) return;
        for (int t = c.tokenBegin(); t < c.tokenEnd(); t++) {
            String w = v.lower(s, t);
            if ("PERSON".equals(v.token(s, t).ner()) || Lexicon.ROLES.contains(w) || Lexicon.MEDIA.contains(w)
                    || Lexicon.PRONOUNS.contains(w)) {
                return;
            }
        }
        List<ActorMention> over = SpeakerResolver.overlapping(v, s, c.tokenBegin(), c.tokenEnd(), actors);
        String phrase = v.span(s, c.tokenBegin(), c.tokenEnd());
        for (ActorMention m : over) {
            if (m.kind() != ActorKind.ORGANIZATION) return;
        }
        ActorMention org = over.isEmpty() ? null : over.get(0);
        memory.publication(org == null
                ? new Speaker(phrase, null, null, phrase, "", true, false)
                : new Speaker(SpeakerResolver.nameOf(org), org.country(), org.sector(), phrase, "", true, false));
    }

    /**
     * The quote is a whole paragraph of a few words without a closing stop or comma: a quoted
     * crosshead or headline line, not speech in running text.
     */
    private static boolean crosshead(String text, QuoteSpan q) {
        boolean lineStart = q.markBegin() == 0 || text.charAt(q.markBegin() - 1) == '\n';
        int after = q.markEnd();
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) after++;
        boolean lineEnd = after >= text.length() || text.charAt(after) == '\n';
        return lineStart && lineEnd && !endsWithStop(q) && q.words() <= 12 && !q.text().contains("\n");
    }

    private static boolean singleMarked(String text, QuoteSpan q) {
        return "'‘’".indexOf(text.charAt(q.markBegin())) >= 0;
    }

    private static boolean endsWithStop(QuoteSpan q) {
        String t = q.text().strip();
        return !t.isEmpty() && ".,!?…;:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The quote mark is the first thing in its sentence (or only marks and "But" come before it). */
    private static boolean opensSentence(ArticleView v, QuoteSpan q, int s) {
        return CueFinder.opensSentence(v, s, v.firstTokenFrom(s, q.markBegin()));
    }

    private static void emit(ArticleView v, QuoteSpan q, Speaker sp, List<Quote> out) {
        List<String> chunks = new ArrayList<>();
        if (q.text().length() <= MAX_CHARS) {
            chunks.add(q.text());
        } else {
            StringBuilder cur = new StringBuilder();
            for (String para : q.text().split("\n")) {
                // a paragraph longer than the limit is cut at its sentence ends
                String[] pieces = para.length() > MAX_CHARS ? para.split("(?<=[.!?])\\s+") : new String[] {para};
                for (int i = 0; i < pieces.length; i++) {
                    if (cur.length() > 0 && cur.length() + 1 + pieces[i].length() > MAX_CHARS) {
                        chunks.add(cur.toString());
                        cur.setLength(0);
                    }
                    if (cur.length() > 0) cur.append(i == 0 ? '\n' : ' ');
                    cur.append(pieces[i]);
                }
            }
            chunks.add(cur.toString());
        }
        int from = q.begin();
        for (String chunk : chunks) {
            String first = chunk.split("\n", 2)[0];
            int at = v.text.indexOf(first, from);
            int begin = at >= 0 ? at : from;
            int sentence = v.sentences.get(v.sentenceAt(begin)).index();
            out.add(new Quote(chunk, sp == null ? null : sp.name(), sp == null ? null : sp.country(),
                    sp == null ? null : sp.sector(), sentence, begin));
            from = begin + first.length();
        }
    }
}
