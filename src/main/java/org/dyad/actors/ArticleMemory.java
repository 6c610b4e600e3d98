package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one article has said so far about people and groups, for the coreference of
 * {@link ArticleResolution}: the entities it named, the people in reading order, and per sentence who
 * was named outside quotations and who was its subject. It answers the backward-looking questions
 * ("which Sunak?", "the latest former official of France", "whom does this 'he' mean?") so the
 * resolution itself only reads the current sentence. Created per article; mutable inside it only.
 */
final class ArticleMemory {
    /** Sentences back a pronoun outside quotations may reach, not counting wholly quoted ones. */
    private static final int PRONOUN_REACH = 2;
    /** A quotation running longer than this many sentences no longer leads back to its introducer. */
    private static final int LONGEST_QUOTATION = 8;

    private final List<Entity> entities = new ArrayList<>();
    /** people mentioned in reading order, for pronouns: the entity and its sentence */
    private final List<Entity> recentPeople = new ArrayList<>();
    /** per sentence, the people it names outside quotations, in reading order (pronouns' antecedents) */
    private final Map<Integer, List<Entity>> peopleIn = new HashMap<>();
    /** per sentence, the person that is its main clause's subject */
    private final Map<Integer, Entity> subjects = new HashMap<>();
    /** sentences wholly inside a quotation: they name no antecedent of the speaker's pronoun */
    private final Set<Integer> quotedSentences = new HashSet<>();
    /** names the NER missed, as sentences' subjects wrote them ("Ada Obi" tagged a place), latest last */
    private final List<String> untaggedNames = new ArrayList<>();
    /** per sentence, its subject's head word when capitalised (a surname the NER may have missed) */
    private final Map<Integer, String> subjectWords = new HashMap<>();

    /**
     * The memory of people some caller resolved itself and gives only as mentions (a tool, a test): one entity
     * per person's name, in reading order, so speakers resolve through them as through a resolution's own.
     */
    static ArticleMemory of(List<org.dyad.article.ActorMention> mentions) {
        ArticleMemory m = new ArticleMemory();
        List<org.dyad.article.ActorMention> ordered = new ArrayList<>(mentions);
        ordered.sort(java.util.Comparator.comparingInt(org.dyad.article.ActorMention::sentence)
                .thenComparingInt(org.dyad.article.ActorMention::tokenBegin));
        for (org.dyad.article.ActorMention a : ordered) {
            if (a.kind() != org.dyad.article.ActorKind.PERSON || a.name() == null || m.of(a) != null) continue;
            Entity e = m.remember(new Entity(a.name(), null, a.country(), a.sector(), null, a.country() != null, a.sentence()));
            e.id = a.entity();
            m.mentioned(e);
        }
        return m;
    }

    // ---- entities -------------------------------------------------------------------------------

    Entity remember(Entity e) {
        entities.add(e);
        return e;
    }

    /** True when this very entity was remembered (people and titled actors, not states made per mention). */
    boolean remembers(Entity e) {
        return entities.stream().anyMatch(x -> x == e);
    }

    /** The latest entity a name as written can only mean ("Mr Sunak", "Macron"), or null. */
    Entity find(String written) {
        for (int i = entities.size() - 1; i >= 0; i--) if (entities.get(i).answersTo(written)) return entities.get(i);
        // a lone surname spelt with one vowel changed ("Petersen" then "Peterson"): the same person, when one
        // person alone has such a surname
        String f = Words.fold(written).toLowerCase(java.util.Locale.ROOT);
        if (f.contains(" ") || f.length() < 7) return null;
        Entity only = null;
        for (Entity e : entities) {
            if (e.name.contains(" ") && oneVowelApart(f, e.surname().toLowerCase(java.util.Locale.ROOT))) {
                if (only != null && only != e) return null;
                only = e;
            }
        }
        return only;
    }

    private static boolean oneVowelApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) return false;
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (++diff > 1 || i == 0 || "aeiouy".indexOf(a.charAt(i)) < 0 || "aeiouy".indexOf(b.charAt(i)) < 0) return false;
        }
        return diff == 1;
    }

    /** The entity of a person the knowledge files know, once named, or null. */
    Entity knownAs(String person) {
        for (Entity e : entities) if (person.equals(e.knownAs)) return e;
        return null;
    }

    /**
     * The entity an output mention was made from: by its id (people and titled actors the output gave one),
     * else the latest person of that very name (one named but no actor, so never given an id); null for
     * states and bodies, made afresh at each mention.
     */
    Entity of(org.dyad.article.ActorMention m) {
        if (m.entity() != null) for (Entity e : entities) if (m.entity().equals(e.id)) return e;
        if (m.name() == null) return null;
        String want = Words.fold(m.name());
        for (int i = entities.size() - 1; i >= 0; i--) if (Words.fold(entities.get(i).name).equals(want)) return entities.get(i);
        return null;
    }

    /** Every entity named so far, in order. */
    List<Entity> entities() {
        return entities;
    }

    /** "the diplomat" after "a senior European diplomat": the latest unnamed actor with that title word. */
    Entity sameTitle(String headWord) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.knownAs == null && e.political && Words.fold(e.name).endsWith(headWord)
                    && !Words.fold(e.name).equals(headWord) && !Words.fold(e.name).equals("the " + headWord)) return e;
        }
        return null;
    }

    // ---- people in reading order ------------------------------------------------------------------

    void mentioned(Entity person) {
        recentPeople.add(person);
    }

    /** The latest political person passing the test, or null. */
    Entity latestPolitical(Predicate<Entity> test) {
        for (int i = recentPeople.size() - 1; i >= 0; i--) {
            Entity e = recentPeople.get(i);
            if (e.political && test.test(e)) return e;
        }
        return null;
    }

    /** The latest named person of this country (any, when null) whose sector is ELI, or null. */
    Entity formerOfficial(String country) {
        return latestPolitical(x -> "ELI".equals(x.sector) && (country == null || country.equals(x.country)));
    }

    /** The latest person passing the test, political or not, or null. */
    Entity latest(Predicate<Entity> test) {
        for (int i = recentPeople.size() - 1; i >= 0; i--) if (test.test(recentPeople.get(i))) return recentPeople.get(i);
        return null;
    }

    // ---- sentences and pronouns -------------------------------------------------------------------

    /** Notes what a sentence is before its people are read: wholly quoted, and its capitalised subject word. */
    void sentence(int s, SentenceWords w) {
        String subject = w.subjectWord();
        if (subject != null && Words.isCapitalized(subject) && !w.subjectQuoted()) subjectWords.put(s, Words.fold(subject));
        String untagged = w.untaggedSubjectName();
        if (untagged != null) untaggedNames.add(untagged);
        boolean allQuoted = w.size() > 0;
        for (int k = 0; k < w.size() && allQuoted; k++)
            allQuoted = w.quoted(k) || !Character.isLetterOrDigit(w.original(k).isEmpty() ? ' ' : w.original(k).charAt(0));
        if (allQuoted) quotedSentences.add(s);
    }

    /** Records where a person was named: in or out of a quotation, as the sentence's subject or not. */
    void noteWhere(int s, SentenceWords w, Entity e, int from, int to) {
        if (from >= w.size() || w.quoted(from)) return;
        peopleIn.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
        if (w.isSubject(from, to)) subjects.putIfAbsent(s, e);
    }

    /**
     * The antecedent of a "he" inside a quotation: the last person named in this sentence, else the
     * subject of the sentence that named the latest person, when at most two sentences back.
     */
    Entity insideQuotes(int s, List<Entity> peopleHere) {
        if (!peopleHere.isEmpty()) return peopleHere.get(peopleHere.size() - 1);
        if (recentPeople.isEmpty()) return null;
        Entity last = recentPeople.get(recentPeople.size() - 1);
        return s - last.lastSentence <= PRONOUN_REACH ? subjectOf(last.lastSentence) : null;
    }

    /**
     * The antecedent of a pronoun outside quotations: the last person this sentence named outside
     * quotations, else the subject of the nearest of the two sentences before that names someone (else its
     * first person named). People named inside a quotation are the speaker's topic, not the speaker:
     * in "“... the president ...,” he said" the "he" is not the president.
     */
    Entity outsideQuotes(int s) {
        List<Entity> here = peopleIn.getOrDefault(s, List.of());
        if (!here.isEmpty()) return here.get(here.size() - 1);
        int window = PRONOUN_REACH;
        for (int k = s - 1; k >= 0 && window > 0; k--) {
            // a quotation running over several sentences: look past it to the sentence that introduced it
            if (quotedSentences.contains(k)) {
                if (s - k > LONGEST_QUOTATION) break;
                continue;
            }
            window--;
            Entity subject = subjects.get(k);
            if (subject == null && subjectWords.containsKey(k)) subject = bySurname(subjectWords.get(k));
            if (subject != null) return subject;
            List<Entity> there = peopleIn.get(k);
            if (there != null && !there.isEmpty()) return there.get(0);
        }
        return null;
    }

    /**
     * The latest person named in full whose surname this one word is ("Countryman sees ..." with the NER missing
     * it, "al-Rahim" after "Samir Rahim"), or null.
     */
    Entity bySurname(String word) {
        String w = Words.fold(word);
        return latest(e -> e.name.contains(" ") && org.dyad.knowledge.SpeechWords.sameSurname(e.surname(), w));
    }

    /**
     * The fullest name the article gives a lone surname ("Obi"): the person the resolution named in full, else a
     * sentence's subject the NER took for no person ("Ada Obi of the X Society is among ..."); null when neither.
     */
    String fullName(String surname) {
        Entity e = bySurname(surname);
        if (e != null) return e.name;
        String w = Words.fold(surname);
        for (int i = untaggedNames.size() - 1; i >= 0; i--) {
            String n = untaggedNames.get(i);
            if (org.dyad.knowledge.SpeechWords.sameSurname(Words.fold(n.substring(n.lastIndexOf(' ') + 1)), w)) return n;
        }
        return null;
    }

    /**
     * "the defence secretary" with no mention of its own: the latest person named in full with every one of
     * these title words before their name ("Defence Secretary Jane Doe"), or null.
     */
    Entity titled(java.util.Collection<String> words) {
        return words.isEmpty() ? null : latest(e -> e.name.contains(" ") && e.titleWords.containsAll(words));
    }

    /** The first person mentioned in a sentence: usually its subject. */
    private Entity subjectOf(int sentence) {
        for (Entity e : recentPeople) if (e.lastSentence == sentence) return e;
        return recentPeople.get(recentPeople.size() - 1);
    }
}
