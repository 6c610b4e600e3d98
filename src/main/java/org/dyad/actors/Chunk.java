package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun phrase that may name an actor, as pieces: "his French counterpart Sébastien Lecornu",
 * "Starmer's official spokesman", "the UK and France", "he". Built by {@link Chunker}.
 *
 * @param pieces     the pieces in order
 * @param appositive a title phrase set off by commas right after a name ("Healey, the Defence Secretary,"), or null
 */
record Chunk(List<Piece> pieces, Chunk appositive) {

    Piece name() {
        for (int i = pieces.size() - 1; i >= 0; i--)
            if (pieces.get(i).type() == Piece.Type.NAME && !possessed(i)) return pieces.get(i);
        return null;
    }

    /** The person or country before "'s" ("Putin's spokesman", "France's foreign minister"). */
    Piece possessor() {
        for (int i = 0; i + 1 < pieces.size(); i++)
            if (possessed(i) && (pieces.get(i).type() == Piece.Type.NAME || pieces.get(i).type() == Piece.Type.PLACE))
                return pieces.get(i);
        return null;
    }

    private boolean possessed(int i) {
        return i + 1 < pieces.size() && pieces.get(i + 1).type() == Piece.Type.POSSESSIVE;
    }

    /** Titles, split into heads at "and" ("the prime minister and president" -> two heads). */
    List<List<Piece>> titleHeads() {
        List<List<Piece>> heads = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.type() == Piece.Type.TITLE) current.add(p);
            else if (p.type() == Piece.Type.JOIN && !current.isEmpty() && !p.word().equals("-")) {
                heads.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) heads.add(current);
        return heads;
    }

    /** Countries named as modifiers, in order, without repeats ("Franco-British" -> FRA, GBR). */
    List<KnownActor> countryModifiers() {
        List<KnownActor> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isCountryModifier() || out.stream().anyMatch(k -> k.country().equals(p.place().country()))) continue;
            // "Indo-" counts only inside a compound of countries ("Indo-Pacific" names none)
            boolean combining = p.isPlace(KnownActor.Role.COMBINING);
            if (combining && !(i + 2 < pieces.size() && "-".equals(pieces.get(i + 1).word())
                    && pieces.get(i + 2).isCountryModifier())) continue;
            out.add(p.place());
        }
        return out;
    }

    boolean has(Piece.Type type) {
        return pieces.stream().anyMatch(p -> p.type() == type);
    }

    boolean hasWord(String word) {
        return pieces.stream().anyMatch(p -> word.equals(p.word()));
    }

    Piece first() {
        return pieces.get(0);
    }

    Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    /** The first piece that is not a determiner: where the mention's span starts. */
    Piece firstContent() {
        for (Piece p : pieces) if (p.type() != Piece.Type.DETERMINER) return p;
        return first();
    }
}
