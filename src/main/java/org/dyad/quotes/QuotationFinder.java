package org.dyad.quotes;


import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.FoundQuote;
import org.dyad.article.Quote;
import org.dyad.article.QuoteFindings;
import org.dyad.article.SpeakerCue;

/**
 * The quotes stage: every direct quotation of an article with the words that name who said it; the
 * actors stage, which resolves every mention of the article, says whom those words mean.
 *
 * <p>Quotes are found in the cleaned text ({@link QuoteFinder}); phrases of one or two words are
 * scare quotes and dropped, three or four words count only with a speaker cue (or, for four, when the
 * quote opens its sentence), longer ones always count. The speaker cue comes from the words around the
 * quote ({@link CueFinder}); a quote with no cue that opens its paragraph or sentence continues the last
 * speaker; a phrase quoted mid-sentence with no cue has no speaker. A quoted crosshead (a whole short line
 * without a stop) is kept as a heading, named by nobody and continuing nobody; a single-quoted phrase
 * without a stop and without a cue is no quotation. A quote longer than {@value #MAX_CHARS} characters (a
 * long multi-paragraph quote) is split at paragraph breaks, or sentence ends, so each part stays usable.
 *
 * <p>Built once; holds no per-article state, so threads may share it.
 */
public final class QuotationFinder {
    static final int MAX_CHARS = 1500;
    private static final String STAGE = "quotes";

    private final QuoteFinder finder = new QuoteFinder();
    private final CueFinder cues = new CueFinder();
    private final TranscriptFinder transcripts = new TranscriptFinder();

    /** Needs no models or data files: the rules and word lists are built in. */
    public QuotationFinder() {
    }

    /**
     * The quotations of the article and the outlets it cites.
     *
     * @param article the annotated article; offsets refer to {@code article.article().text()}
     * @return quoted spans in text order, then transcript turns, each with its speaker cue where found
     * @throws ArticleException when the sentences do not fit the text
     */
    public QuoteFindings find(AnnotatedArticle article) {
        Objects.requireNonNull(article, "article");
        String text = article.article().text();
        if (!article.sentences().isEmpty() && article.sentences().get(article.sentences().size() - 1).end() > text.length()) {
            throw new ArticleException(STAGE, "sentence offsets run past the end of the text");
        }
        List<FoundQuote> out = new ArrayList<>();
        if (article.sentences().isEmpty()) return new QuoteFindings(out, List.of());
        List<QuoteSpan> spans = finder.find(text);
        ArticleView v = new ArticleView(text, article.sentences(), spans);
        for (QuoteSpan q : spans) {
            int s = v.sentenceAt(q.markBegin());
            int words = q.words();
            if (crosshead(text, q)) {
                // a quoted crosshead ('Anger spills onto the streets') names nobody and continues nobody
                out.add(found(v, q, s, words >= 3, null, false, FoundQuote.Kind.HEADING));
                continue;
            }
            Cue cue = cues.find(v, q);
            if (singleMarked(text, q) && !endsWithStop(q) && (cue == null || cue.how() == Cue.How.INTRO)) {
                // 'Ten places worth a visit' set in running text: a crosshead, not speech
                out.add(found(v, q, s, false, null, false, FoundQuote.Kind.PHRASE));
                continue;
            }
            boolean opens = opensSentence(v, q, s);
            boolean keep = words >= 5 || words >= 3 && cue != null || words == 4 && opens;
            out.add(found(v, q, s, keep, cue, opens && words >= 4, FoundQuote.Kind.SPEECH));
        }
        for (TranscriptFinder.Turn t : transcripts.find(text)) {
            if (t.question()) continue;
            // the label names the speaker: "Jane Doe, former ...:" then "Doe:"
            int nameEnd = t.labelBegin() + t.label().split(",", 2)[0].length();
            int s = v.sentenceAt(t.labelBegin());
            int b = v.firstTokenFrom(s, t.labelBegin());
            int e = v.firstTokenFrom(s, nameEnd);
            Cue cue = b < e ? new Cue(s, b, e, Cue.How.BEFORE) : null;
            QuoteSpan turn = new QuoteSpan(text.substring(t.begin(), t.end()), t.begin(), t.labelBegin(), t.end(), true);
            out.add(found(v, turn, s, true, cue, false, FoundQuote.Kind.TRANSCRIPT));
        }
        List<SpeakerCue> outlets = new ArrayList<>();
        for (int s = 0; s < v.sentences.size(); s++) {
            Cue c = cues.reporter(v, s);
            if (c != null) outlets.add(speakerCue(v, c));
        }
        return new QuoteFindings(out, outlets);
    }

    private static FoundQuote found(ArticleView v, QuoteSpan q, int s, boolean keep, Cue cue, boolean continues,
                                    FoundQuote.Kind kind) {
        return new FoundQuote(keep ? parts(v, q) : List.of(), q.markBegin(), q.markEnd(), v.sentences.get(s).index(),
                cue == null ? null : speakerCue(v, cue), continues, kind);
    }

    private static SpeakerCue speakerCue(ArticleView v, Cue c) {
        return new SpeakerCue(v.sentences.get(c.sentence()).index(), c.tokenBegin(), c.tokenEnd());
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

    /** The quote as emitted: whole, or in parts of at most {@value #MAX_CHARS} characters; speakers still null. */
    private static List<Quote> parts(ArticleView v, QuoteSpan q) {
        List<Quote> out = new ArrayList<>();
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
            out.add(new Quote(chunk, null, null, null, sentence, begin));
            from = begin + first.length();
        }
        return out;
    }
}
