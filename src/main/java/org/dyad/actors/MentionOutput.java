package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's actor mentions as they are emitted, each with its entity's id, and what the current
 * sentence has emitted so far: word ranges (so a short reference does not cover a mention twice), people
 * and states (for pairs and lists), and the names a later short form may stand for.
 */
final class MentionOutput {
    /** a person's, state's or body's mention in the current sentence, by words */
    record Span(Entity entity, int from, int to) {
    }

    private final ArticleMemory memory;
    private final List<ActorMention> out = new ArrayList<>();
    /** per emitted mention: its person, when the country it was emitted with was only the home country's default */
    private final List<Entity> byDefault = new ArrayList<>();
    private final Map<String, String> ids = new HashMap<>();
    /** names and acronyms of the bodies emitted so far, for "the council", "RSF" */
    final ShortReferences shortNames = new ShortReferences();
    /** word ranges of the mentions emitted in the current sentence */
    private final List<int[]> wordsHere = new ArrayList<>();
    private final List<Span> spansHere = new ArrayList<>();
    /** the states and bodies of the current sentence, for pairs of them ("Baku and Yerevan") */
    private final List<Span> statesHere = new ArrayList<>();

    /** every person named or referred to, political or not, in reading order: what speakers resolve through */
    private final List<PersonAt> people = new ArrayList<>();

    private record PersonAt(Entity entity, String text, int sentence, int tokenBegin, int tokenEnd, ActorKind kind) {
    }

    MentionOutput(ArticleMemory memory) {
        this.memory = memory;
    }

    /**
     * The mentions emitted so far. A person first placed in the article's home country only by default
     * ("NAME lobbied officials in Washington") and later said to be of another ("NAME, a Chilean
     * national") is of that country in every mention, the earlier ones too.
     */
    List<ActorMention> mentions() {
        List<ActorMention> patched = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            Entity e = byDefault.get(i);
            if (e != null && !e.homeCountry && e.country != null && !e.country.equals(m.country())) {
                String code = e.country + (e.sector == null ? "" : e.sector);
                m = new ActorMention(m.name(), m.text(), e.country, e.sector, code, m.sentence(), m.tokenBegin(),
                        m.tokenEnd(), m.kind(), m.entity());
            }
            patched.add(m);
        }
        return patched;
    }

    /** Notes where a person was named or referred to, whether or not the person is an actor. */
    void person(Entity e, SentenceWords w, int s, int fromWord, int toWord, ActorKind kind) {
        if (fromWord >= toWord || fromWord >= w.size()) return;
        people.add(new PersonAt(e, w.text(fromWord, toWord), s, w.tokenIndex(fromWord), w.tokenEnd(toWord), kind));
    }

    /**
     * Every person the article names or refers to, political or not, as mentions with what the article
     * finally said of them (a later mention may have given the country); in reading order.
     */
    List<ActorMention> people() {
        List<ActorMention> out = new ArrayList<>(people.size());
        for (PersonAt p : people) {
            Entity e = p.entity();
            String code = e.country == null ? null : e.country + (e.sector == null ? "" : e.sector);
            out.add(new ActorMention(e.name, p.text(), e.country, e.sector, code, p.sentence(), p.tokenBegin(),
                    p.tokenEnd(), p.kind(), e.id));
        }
        return out;
    }

    /** Starts a sentence: what the last one emitted no longer counts as "here". */
    void newSentence() {
        wordsHere.clear();
        spansHere.clear();
        statesHere.clear();
    }

    /** People (and the pronouns referring to them) emitted in the current sentence. */
    List<Span> spansHere() {
        return spansHere;
    }

    /** States and bodies emitted in the current sentence. */
    List<Span> statesHere() {
        return statesHere;
    }

    boolean covered(int from, int to) {
        for (int[] r : wordsHere) if (from < r[1] && r[0] < to) return true;
        return false;
    }

    void emit(Entity e, SentenceWords w, int s, int fromWord, int toWord, ActorKind kind) {
        if (e.country == null) return;
        wordsHere.add(new int[]{fromWord, toWord});
        if (kind != ActorKind.ANAPHOR) {
            shortNames.named(e, e.name, s);
            shortNames.named(e, w.text(fromWord, toWord), s);
        }
        if (kind == ActorKind.PERSON || kind == ActorKind.ANAPHOR) spansHere.add(new Span(e, fromWord, toWord));
        else if (kind == ActorKind.STATE || kind == ActorKind.ORGANIZATION) statesHere.add(new Span(e, fromWord, toWord));
        String code = e.country + (e.sector == null ? "" : e.sector);
        out.add(new ActorMention(e.name, w.text(fromWord, toWord), e.country, e.sector, code, s,
                w.tokenIndex(fromWord), w.tokenEnd(toWord), kind, idOf(e)));
        byDefault.add(e.homeCountry ? e : null);
    }

    /**
     * The entity's id: people and titled actors keep theirs through coreference; states, bodies and groups
     * (made afresh at each mention) share one id per name, country and sector.
     */
    private String idOf(Entity e) {
        if (e.id != null) return e.id;
        boolean remembered = memory.remembers(e);
        String key = Words.fold(e.name) + "|" + e.country + "|" + e.sector;
        e.id = remembered ? "e" + (ids.size() + 1) : ids.get(key);
        if (e.id == null) e.id = "e" + (ids.size() + 1);
        ids.putIfAbsent(remembered ? "#" + e.id : key, e.id);
        return e.id;
    }
}
