package org.dyad.pipeline;

import org.dyad.actors.ActorResolver;
import org.dyad.actors.ResolvedActors;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.QuoteFindings;
import org.dyad.article.RawArticle;
import org.dyad.article.Sentence;
import org.dyad.clause.ClauseView;
import org.dyad.clean.ArticleCleaner;
import org.dyad.config.DyadConfig;
import org.dyad.config.Limits;
import org.dyad.dates.EventDater;
import org.dyad.dates.PublicationDater;
import org.dyad.events.EventCoder;
import org.dyad.factuality.FactualityJudge;
import org.dyad.locations.EventLocator;
import org.dyad.actors.QuotedFirstPerson;
import org.dyad.quotes.QuotationFinder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole of Dyad's coding, one article at a time. Built once (loading models and dictionaries
 * takes tens of seconds), then shared by all worker threads: no stage keeps per-article state.
 */
public final class ArticlePipeline {
    private final ArticleCleaner cleaner;
    private final CoreNlpAnnotator annotator;
    private final PublicationDater publicationDater;
    private final ActorResolver actorResolver;
    private final EventCoder eventCoder;
    private final FactualityJudge factualityJudge;
    private final EventDater eventDater;
    private final QuotationFinder quotationFinder;
    private final EventLocator eventLocator;
    private final QuotedFirstPerson quotedFirstPerson = new QuotedFirstPerson();
    private final StageTimer timer = new StageTimer();

    private ArticlePipeline(DyadConfig config) {
        // CoreNLP's models (the longest load) start first, on their own thread, while the dictionaries load here
        this.annotator = new CoreNlpAnnotator(cacheDir());
        this.actorResolver = ActorResolver.load(config);
        this.eventCoder = EventCoder.load(config);
        // its language models load when a line first needs them (most English news never does)
        this.cleaner = new ArticleCleaner();
        this.publicationDater = new PublicationDater(actorResolver.officeTerms(), org.dyad.dates.Landmarks.bundled(),
                org.dyad.dates.DictionaryTerms.load(config.phoenixDir()), LocalDate.now());
        ClauseView.loadKnowledge();  // the clause view's cue lists, read by events, factuality and dates
        this.factualityJudge = new FactualityJudge();
        this.eventDater = new EventDater();
        this.quotationFinder = new QuotationFinder();
        this.eventLocator = EventLocator.load();
        annotator.awaitLoaded();
    }

    /** Loads every model and dictionary; set-up problems fail here, before any article is read. */
    public static ArticlePipeline load(DyadConfig config) {
        return new ArticlePipeline(config.validate());
    }

    static Path cacheDir() {
        String env = System.getenv("DYAD_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "dyad");
    }

    /** Codes one article within the default {@link Limits}; never throws for a bad article (a bug still propagates). */
    public ArticleOutcome process(RawArticle raw) {
        return process(raw, Limits.defaults(), new ArrayList<>());
    }

    /**
     * Codes one article held to {@code limits} (its text cut to the size limits, each cut added to
     * {@code warnings}); never throws for a bad article (a bug still propagates to the batch runner).
     */
    public ArticleOutcome process(RawArticle raw, Limits limits, List<String> warnings) {
        ArticleLimits held = new ArticleLimits(limits);
        try {
            CleanArticle clean = held.clean(timer.time("clean", () -> cleanOrStrip(held.raw(raw, warnings), warnings)), warnings);
            AnnotatedArticle text = timer.time("annotate", () -> annotator.annotate(clean));
            PublishedDate published = timer.time("date", () -> publicationDater.date(text));
            ResolvedActors resolved = timer.time("actors", () -> actorResolver.resolveAll(text, published));
            List<ActorMention> actors = resolved.mentions();
            // quotes finds the spans and their cues; the actors stage, which resolves every mention, says who the speakers are
            QuoteFindings found = timer.time("quotes", () -> quotationFinder.find(text));
            List<Quote> quotes = timer.time("speakers", () -> actorResolver.speakers(found, text, resolved, published));
            // quoted "we" and "I" are the speaker, so quoted speech codes with the speaker as source
            List<ActorMention> withSpeakers = new ArrayList<>(actors);
            withSpeakers.addAll(quotedFirstPerson.mentions(text, quotes, actors));
            List<CodedEvent> coded = timer.time("events", () -> qualify(eventCoder.code(text, withSpeakers), text, published));
            List<CodedEvent> events = timer.time("locations", () -> eventLocator.locate(text, actors, coded));
            return new ArticleOutcome.Coded(new CodedArticle(text, published, actors, events, quotes));
        } catch (ArticleException e) {
            return new ArticleOutcome.Failed(raw.id(), raw.source(), e.stage(), e.getMessage());
        }
    }

    /**
     * A page the HTML parser cannot take (jsoup threw on thousands of unclosed formatting tags; deep
     * nesting can overflow a recursive walk) is cleaned as the plain text of its tags stripped, with
     * a warning, rather than lost.
     */
    private CleanArticle cleanOrStrip(RawArticle raw, List<String> warnings) {
        if (!raw.html()) return cleaner.clean(raw);
        int depth = TagStripper.nestingDepth(raw.content());
        if (depth > TagStripper.MAX_DEPTH) {
            // tree walks over 30,000 nested elements took longer than any time budget
            warnings.add("HTML nested " + depth + " elements deep (over " + TagStripper.MAX_DEPTH
                    + "); coded the page's text with its tags stripped");
            return cleaner.clean(new RawArticle(raw.id(), raw.source(), TagStripper.text(raw.content()), false,
                    raw.published(), raw.url(), raw.title()));
        }
        try {
            return cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof ArticleException) throw e;
            warnings.add("the HTML parser failed (" + e.getClass().getSimpleName() + "); coded the page's text with its tags stripped");
            return cleaner.clean(new RawArticle(raw.id(), raw.source(), TagStripper.text(raw.content()), false,
                    raw.published(), raw.url(), raw.title()));
        }
    }

    /** Each event gets its factuality and its own date from its sentence and anchor. */
    private List<CodedEvent> qualify(List<CodedEvent> events, AnnotatedArticle text, PublishedDate published) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            Sentence s = text.sentences().get(e.sentenceIndex());
            CodedEvent q = e.factuality() == null ? e.withFactuality(factualityJudge.judge(s, e.anchor())) : e;
            out.add(q.date() == null ? q.withDate(eventDater.date(s, e.anchor(), published)) : q);
        }
        return out;
    }

    public StageTimer timer() {
        return timer;
    }
}
