package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedEvent;
import org.dyad.article.Sentence;
import org.dyad.config.DyadConfig;

import java.nio.file.Path;
import java.util.List;

import static org.dyad.article.HandParse.article;

/** The real event coder (dictionaries from the data folder), loaded once for the events tests, and their helpers. */
final class Coding {
    private Coding() {
    }

    private static final class Holder {
        static final EventCoder CODER = EventCoder.load(new DyadConfig(Path.of(System.getProperty("dyad.data")), 1));
    }

    /** The events of one hand-parsed sentence with the given actors. */
    static List<CodedEvent> code(Sentence s, ActorMention... actors) {
        return Holder.CODER.code(article("doc", s), List.of(actors));
    }

    /** The events of an article of hand-parsed sentences (indices as given) with the given actors. */
    static List<CodedEvent> codeArticle(List<ActorMention> actors, Sentence... sentences) {
        return Holder.CODER.code(article("doc", sentences), actors);
    }

    /** "GBR>FRA": an event's source and target countries. */
    static String dyad(CodedEvent e) {
        return e.source().country() + ">" + e.target().country();
    }

    /** "GBR>FRA CONSULT": an event's dyad and PLOVER type. */
    static String dyadType(CodedEvent e) {
        return dyad(e) + " " + e.type();
    }

    /** "GBR>FRA 040": an event's dyad and CAMEO code. */
    static String dyadCameo(CodedEvent e) {
        return dyad(e) + " " + e.cameo();
    }
}
