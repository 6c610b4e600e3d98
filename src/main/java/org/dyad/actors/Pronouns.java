package org.dyad.actors;

import org.dyad.article.ActorKind;

import java.util.List;

/**
 * Pronouns and "the pair": a plural one goes to the pair just named (in this sentence, else the pair in
 * focus), a singular one to the antecedent {@link ArticleMemory} gives, inside or outside quotations.
 */
final class Pronouns {
    private Pronouns() {
    }

    /**
     * Whose "its" at word {@code at} is: the first state or body of the sentence before it, which news makes
     * the subject it speaks of, or null. People are never "it".
     */
    static Entity itsOwner(ResolutionScope scope, int at) {
        List<MentionOutput.Span> bodies = new java.util.ArrayList<>(scope.output.statesHere());
        // a titled body ("the coast guard") is written as a titled person is, but has no name and no office
        for (MentionOutput.Span x : scope.output.spansHere()) if (x.entity().knownAs == null && x.entity().office == null) bodies.add(x);
        MentionOutput.Span owner = null;
        for (MentionOutput.Span x : bodies) if (x.to() <= at && (owner == null || x.from() < owner.from())) owner = x;
        return owner == null ? null : owner.entity();
    }

    /** Emits anaphor mentions for the pronoun chunk c of sentence s. */
    static void resolve(ResolutionScope scope, int s, SentenceWords w, Chunk c, List<Entity> peopleHere) {
        Piece p = c.first();
        // "both sides", "the warring parties" name a pair as plainly as "the two countries" do
        boolean counted = p.word().equals("two") || p.word().equals("sides");
        boolean plural = counted || p.word().equals("pair") || p.word().equals("they") || p.word().equals("them");
        if (plural) {
            // "Baku and Yerevan agreed after Moscow urged them": a pair named earlier in the sentence first
            List<Entity> here = counted ? PairFocus.joined(w, scope.output.spansHere(), p.start(), true)
                    : PairFocus.joinedWithHost(w, scope.output.spansHere(), p.start(), true);
            if (here.isEmpty()) here = PairFocus.joined(w, scope.output.statesHere(), p.start(), true);
            List<Entity> pair = here.isEmpty() ? scope.pairs.referent(s, counted) : here;
            // "the ministers" some sentences after "the defence ministers of Chile and Peru"
            if (pair.isEmpty()) pair = scope.pairs.ownedGroup(s, p.word().equals("they") || p.word().equals("them"));
            // "calls on the warring parties to stop", "both sides have committed abuses" with no pair named
            // in reach: the sides of the article's own country's conflict
            if (pair.isEmpty() && p.word().equals("sides") && scope.home != null && !scope.phrase)
                pair = List.of(new Entity(w.text(p.start(), p.end()), null, scope.home, null, null, true, s));
            for (Entity e : pair) scope.output.emit(e, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
            return;
        }
        // "the coast guard said Chinese ships fired at its boat", "Turkey and its allies"
        if (p.word().equals("it")) {
            Entity owner = itsOwner(scope, p.start());
            if (owner != null) scope.output.emit(owner, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
            return;
        }
        // "he" inside a quotation: whoever was just named, the quotation's own words included
        Entity antecedent = w.quoted(p.start()) ? scope.memory.insideQuotes(s, peopleHere) : scope.memory.outsideQuotes(s);
        if (antecedent == null) return;
        // "His remarks prompted a reply from NAME ... he noted": a possessive owner is no new subject to refer to
        if (!Words.POSSESSIVE_PRONOUNS.containsKey(w.folded().get(p.start()))) scope.memory.noteWhere(s, w, antecedent, p.start(), p.end());
        scope.output.person(antecedent, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
        if (antecedent.political) scope.output.emit(antecedent, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
    }
}
