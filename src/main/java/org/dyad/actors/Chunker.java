package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/** Groups a sentence's pieces into {@link Chunk}s: pure grammar of small noun phrases, no lookups. */
final class Chunker {
    private Chunker() {
    }

    static List<Chunk> chunks(List<Piece> pieces) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (p.type() == Piece.Type.PRONOUN) {
                out.add(new Chunk(List.of(p), null));
                i++;
                continue;
            }
            if (!startsChunk(p)) {
                i++;
                continue;
            }
            int end = extend(pieces, i);
            List<Piece> body = trimTail(pieces.subList(i, end));
            if (body.isEmpty() || body.stream().allMatch(q -> q.type() == Piece.Type.DETERMINER || q.type() == Piece.Type.MODIFIER
                    || q.type() == Piece.Type.HONORIFIC)) {
                i = Math.max(end, i + 1);
                continue;
            }
            Chunk appositive = null;
            int next = i + body.size();
            Chunk titleOnly = new Chunk(body, null);
            if (titleOnly.name() == null && titleOnly.has(Piece.Type.TITLE)
                    && (body.get(body.size() - 1).type() == Piece.Type.TITLE || body.get(body.size() - 1).isCountryModifier())
                    && next + 1 < pieces.size() && ",".equals(pieces.get(next).word())) {
                int n = next + 1;
                while (n < pieces.size() && pieces.get(n).type() == Piece.Type.HONORIFIC) n++;
                if (n < pieces.size() && pieces.get(n).type() == Piece.Type.NAME) {
                    List<Piece> joined = new ArrayList<>(body);
                    joined.addAll(pieces.subList(next, n + 1));
                    body = List.copyOf(joined);
                    next = n + 1;
                }
            }
            if (body.get(body.size() - 1).type() == Piece.Type.NAME && next + 1 < pieces.size()
                    && ",".equals(pieces.get(next).word())) {
                int aEnd = extend(pieces, next + 1);
                List<Piece> a = trimTail(pieces.subList(next + 1, aEnd));
                Chunk candidate = new Chunk(a, null);
                if (!a.isEmpty() && candidate.name() == null && candidate.has(Piece.Type.TITLE)) {
                    appositive = candidate;
                    next = next + 1 + a.size();
                }
            }
            out.add(new Chunk(body, appositive));
            i = Math.max(next, i + 1);
        }
        return out;
    }

    private static boolean startsChunk(Piece p) {
        return switch (p.type()) {
            case NAME, PLACE, TITLE, HONORIFIC, DETERMINER, MODIFIER -> true;
            default -> false;
        };
    }

    /** End (exclusive) of the chunk starting at {@code start}. */
    private static int extend(List<Piece> pieces, int start) {
        int j = start;
        boolean head = false;
        while (j < pieces.size()) {
            Piece q = pieces.get(j);
            Piece next = j + 1 < pieces.size() ? pieces.get(j + 1) : null;
            switch (q.type()) {
                case DETERMINER, MODIFIER -> {
                    if (head && j > start && !isPossessive(pieces.get(j - 1))) return j;
                }
                case HONORIFIC -> {
                }
                case TITLE -> head = true;
                case NAME -> {
                    if (next != null && next.type() == Piece.Type.POSSESSIVE && followsPossessive(pieces, j + 2)) {
                        j += 2;
                        head = false;
                        continue;
                    }
                    // "the Trump administration", "the Putin regime": the person stands for the group
                    if (next != null && next.type() == Piece.Type.TITLE && next.title().group()) return j + 2;
                    return j + 1;
                }
                case PLACE -> {
                    if (q.isCountryModifier()) {
                        if (next != null && next.type() == Piece.Type.POSSESSIVE && followsPossessive(pieces, j + 2)) {
                            j += 2;
                            continue;
                        }
                        if (head) return j;
                    } else if (next != null && next.type() == Piece.Type.TITLE && !head && q.place().country() != null) {
                        // "Kremlin spokesman", "Pentagon officials", "Hamas fighters": the place owns the title
                    } else if (next != null && next.type() == Piece.Type.POSSESSIVE && followsPossessive(pieces, j + 2)) {
                        j += 2; // "Kyiv's marines", "the Kremlin's spokesman"
                        continue;
                    } else {
                        // a capital, seat, body or outlet is a head of its own; a national body takes a country
                        return j == start || onlyDeterminers(pieces, start, j) || isNationalBody(q) ? j + 1 : j;
                    }
                }
                case JOIN -> {
                    if (next == null || j == start) return j;
                    Piece prev = pieces.get(j - 1);
                    boolean glue = q.word().equals("-")
                            ? prev.isCountryModifier() && next.isCountryModifier()
                            : (prev.type() == Piece.Type.TITLE && next.type() == Piece.Type.TITLE)
                              || (prev.isCountryModifier() && next.isCountryModifier());
                    if (!glue) return j;
                }
                case OTHER -> {
                    // "the Prime Minister of the United Kingdom", "Minister of Foreign Affairs of Lithuania"
                    int k = j + 1;
                    if (k < pieces.size() && "the".equals(pieces.get(k).word())) k++;
                    if (head && ("of".equals(q.word()) || "for".equals(q.word())) && k < pieces.size() && pieces.get(k).isCountryModifier()) {
                        boolean group = pieces.get(j - 1).type() == Piece.Type.TITLE && pieces.get(j - 1).title().group();
                        j = k + 1;
                        // "the foreign ministers of Chile and Peru": a group title owned by several countries is each one's
                        while (group && j + 1 < pieces.size() && pieces.get(j).type() == Piece.Type.JOIN
                                && ("and".equals(pieces.get(j).word()) || ",".equals(pieces.get(j).word()))
                                && pieces.get(j + 1).isCountryModifier()) j += 2;
                        continue;
                    }
                    return j;
                }
                default -> {
                    return j;
                }
            }
            j++;
        }
        return j;
    }

    private static boolean followsPossessive(List<Piece> pieces, int k) {
        while (k < pieces.size() && pieces.get(k).type() == Piece.Type.MODIFIER) k++;
        return k < pieces.size() && (pieces.get(k).type() == Piece.Type.TITLE || pieces.get(k).isCountryModifier()
                || isNationalBody(pieces.get(k)));
    }

    /**
     * "the Ministry of Defence": a body of whichever country the phrase or the article names; "Congress",
     * "Labour": a body of the country the phrase names, else of its usual one.
     */
    static boolean isNationalBody(Piece p) {
        return p.type() == Piece.Type.PLACE && p.place().role() == KnownActor.Role.BODY
                && (p.place().country() == null || p.place().yields());
    }

    private static boolean isPossessive(Piece p) {
        return p.type() == Piece.Type.POSSESSIVE;
    }

    private static boolean onlyDeterminers(List<Piece> pieces, int from, int to) {
        for (int k = from; k < to; k++) if (pieces.get(k).type() != Piece.Type.DETERMINER) return false;
        return true;
    }

    /** Drops trailing joins, determiners and possessives a chunk cannot end with. */
    private static List<Piece> trimTail(List<Piece> body) {
        int n = body.size();
        while (n > 0) {
            Piece.Type t = body.get(n - 1).type();
            if (t == Piece.Type.JOIN || t == Piece.Type.POSSESSIVE || t == Piece.Type.DETERMINER) n--;
            else break;
        }
        return List.copyOf(body.subList(0, n));
    }
}
