package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's resolution, sentence by sentence in reading order, with the light coreference that
 * needs memory of what came before (surnames, titles, counterparts, pronouns). Each chunk of a sentence
 * goes to the part that resolves its kind: {@link NamedPeople}, {@link TitledActors}, {@link Pronouns},
 * {@link PlaceActors}; then {@link BodyReferences} and the pair in focus. Created per call, so the
 * {@link ActorResolver} that makes it stays free of per-article state.
 */
final class ArticleResolution {
    private final ResolutionScope scope;
    private final NamedPeople people;
    private final TitledActors titles;

    ArticleResolution(LocalDate day, boolean dated, String home, OfficeHolders holders, Gazetteer gazetteer, boolean phrase) {
        this.scope = new ResolutionScope(day, dated, home, holders, gazetteer, phrase);
        this.people = new NamedPeople(scope);
        this.titles = new TitledActors(scope);
    }

    List<ActorMention> mentions() {
        return scope.output.mentions();
    }

    /** Every person named or referred to, political or not (see {@link MentionOutput#people()}). */
    List<ActorMention> people() {
        return scope.output.people();
    }

    void sentence(int index, SentenceWords w, List<Piece> pieces, List<Chunk> chunks) {
        scope.memory.sentence(index, w);
        List<Entity> peopleHere = new ArrayList<>();
        people.sentence(pieces);
        scope.lists.reset();
        scope.output.newSentence();
        for (Chunk c : chunks) {
            Piece head = c.first();
            if (head.type() == Piece.Type.PRONOUN) Pronouns.resolve(scope, index, w, c, peopleHere);
            else if (c.name() != null) {
                Piece possessor = c.possessor();
                Entity owner = possessor != null && possessor.type() == Piece.Type.NAME
                        ? people.named(index, w, chunkOf(possessor), null, peopleHere) : null;
                people.named(index, w, c, owner, peopleHere);
            } else if (!c.titleHeads().isEmpty()) {
                Piece possessor = c.possessor();
                Entity owner = possessor != null && possessor.type() == Piece.Type.NAME
                        ? people.named(index, w, chunkOf(possessor), null, peopleHere) : null;
                // "China said its forces ...": the forces are the owner's
                int first = c.first().start();
                if (owner == null && possessor == null && (w.folded().get(first).equals("its") || first > 0 && w.folded().get(first - 1).equals("its")))
                    owner = Pronouns.itsOwner(scope, first);
                titles.titled(index, w, c, owner, peopleHere);
            } else {
                for (PlaceActors.Found f : PlaceActors.in(index, w, c, scope.home, scope.phrase, scope.gazetteer)) {
                    scope.output.emit(f.entity(), w, index, f.from(), f.to(), f.kind());
                    // "two members of the Chilean Senate — A and B": the names listed next are its members
                    if (f.kind() == ActorKind.ORGANIZATION && f.entity().country != null && f.to() == c.last().end())
                        scope.lists.groupEndsAt(f.to(), f.entity().country, f.entity().sector, true);
                }
            }
        }
        BodyReferences.find(index, w, scope.output);
        scope.pairs.sentence(index, w, scope.output.spansHere(), scope.output.statesHere());
    }

    private static Chunk chunkOf(Piece p) {
        return new Chunk(List.of(p), null);
    }

    /** The article's one entity memory: what speakers resolve through once the article is read. */
    ArticleMemory memory() {
        return scope.memory;
    }

    String home() {
        return scope.home;
    }
}
