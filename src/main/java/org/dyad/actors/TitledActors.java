package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.OfficeTerm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles without a name: "the Prime Minister" (the latest holder the article named, else who held the
 * office that day), "his French counterpart", "the former Spanish defence minister", "the Russian leader"
 * after "Putin", "the chief minister" after a titled name, and groups ("the government", "security forces",
 * "the opposition leaders") of the country the title or the article gives. Created per article.
 */
final class TitledActors {
    /** sectors a title without any country may still give an actor (the article's home country) */
    private static final Set<String> HOME_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "COP", "SPY");
    private static final Set<String> PREDICATIVE = Set.of("became", "become", "becomes", "becoming", "as", "named",
            "appointed", "elected", "re-elected", "nominated", "remains", "remained", "sworn");
    private static final Set<String> GROUP_HOME_SECTORS = Set.of("GOV", "LEG", "JUD", "OPP");
    private static final Set<String> OWNER_PREPS = Set.of("from", "of");
    private static final Set<Piece.Type> BARE_GROUP_PIECES = Set.of(Piece.Type.TITLE, Piece.Type.MODIFIER,
            Piece.Type.DETERMINER, Piece.Type.JOIN);
    /**
     * generic agents of a domestic story ("security forces have arrested", "protesters", "militants"):
     * without a country in the sentence they are the article's focus country's, determiner or not
     */
    private static final Set<String> AGENT_HOME_SECTORS = Set.of("MIL", "COP", "REB", "CVL", "SPY", "OPP", "LEG", "UAF", "LAB");

    /** sentences that make an article's lede */
    private static final int LEDE = 1;

    private final ResolutionScope scope;

    TitledActors(ResolutionScope scope) {
        this.scope = scope;
    }

    /** Resolves and emits each title head of chunk c in sentence s (its owner: a possessive's person or body). */
    void titled(int s, SentenceWords w, Chunk c, Entity owner, List<Entity> peopleHere) {
        List<List<Piece>> heads = c.titleHeads();
        for (int k = 0; k < heads.size(); k++) {
            Piece possessor = c.possessor();
            int from = k == 0 ? (possessor != null ? possessor.end() + 1 : c.firstContent().start()) : heads.get(k).get(0).start();
            from = Math.min(from, heads.get(k).get(0).start());
            int to = heads.get(k).get(heads.get(k).size() - 1).end();
            // "Putin's regime" is named with its owner; the span keeps to the possessed words
            int nameFrom = owner != null && k == 0 ? c.firstContent().start() : from;
            titledHead(s, w, c, Context.of(c, w, k), owner, peopleHere, from, to, nameFrom);
        }
    }

    /** "ministers from X", "officials of X": a group whose owner follows it */
    private static boolean ownedAfter(SentenceWords w, int to) {
        return to < w.size() && OWNER_PREPS.contains(w.folded().get(to));
    }

    private void titledHead(int s, SentenceWords w, Chunk c, Context ctx, Entity owner, List<Entity> peopleHere,
                            int from, int to, int nameFrom) {
        if (owner != null && ctx.country == null) ctx.country = owner.country;
        String name = w.text(nameFrom, to);
        if (ctx.group) {
            List<String> codes = new ArrayList<>();
            for (KnownActor k : c.countryModifiers()) codes.add(k.country());
            if (codes.isEmpty() && ctx.country != null) codes.add(ctx.country);
            // "the ministers", "the officials" soon after such a group: that group again, not the home country's
            if (codes.isEmpty() && c.hasWord("the") && ctx.titleCountry == null && GROUP_HOME_SECTORS.contains(ctx.sector()))
                for (Entity e : scope.pairs.ownedGroup(s, false)) codes.add(e.country);
            if (codes.isEmpty() && ctx.titleCountry != null) codes.add(ctx.titleCountry);
            // "the government", "the officials" are the home country's; "the military" may be anyone's
            // so are bare ones made of nothing but the title ("authorities arrested", "a court ruled"); one
            // with other words before it ("a U.N. rights court") may be anyone's
            int before = c.pieces().get(0).start() - 1;
            boolean bare = !scope.phrase && c.pieces().stream().allMatch(p -> BARE_GROUP_PIECES.contains(p.type()))
                    && (before < 0 || !w.token(before).pos().startsWith("NN")) && !ownedAfter(w, to);
            if (codes.isEmpty() && (c.hasWord("the") || bare) && GROUP_HOME_SECTORS.contains(ctx.sector()) && scope.home != null) codes.add(scope.home);
            // bare "troops" are often someone else's ("deploying thousands of troops"); "security forces",
            // "the army" are the focus country's
            boolean ownedForce = !"MIL".equals(ctx.sector()) || c.hasWord("the") || c.has(Piece.Type.MODIFIER);
            if (codes.isEmpty() && AGENT_HOME_SECTORS.contains(ctx.sector()) && ownedForce && scope.home != null && !scope.phrase)
                codes.add(scope.home);
            List<Entity> members = new ArrayList<>();
            for (String code : codes) {
                Entity e = new Entity(name, null, code, ctx.sector(), null, true, s);
                members.add(e);
                scope.output.emit(e, w, s, from, to, ActorKind.ORGANIZATION);
            }
            if (members.size() >= 2) scope.pairs.ownedGroup(members, s);
            // "two members of the Chilean Senate - A and B", "senators led by A and B": the named members
            if (codes.size() == 1 && (!c.countryModifiers().isEmpty() || ctx.country != null))
                scope.lists.groupEndsAt(to, codes.get(0), ctx.sector(), true);
            // "the opposition leaders A and B": the group's own country is only the home one, its sector holds
            else if (codes.size() == 1)
                scope.lists.groupEndsAt(to, codes.get(0), ctx.sector(), false);
            return;
        }
        if (ctx.counterpart && ctx.country == null) return;
        // "since Ana Ruiz became prime minister", "served as foreign minister": a role, not a new actor
        if (!ctx.determiner && from > 0 && PREDICATIVE.contains(w.folded().get(from - 1))) return;
        // "the former Spanish defence minister" is not today's holder: the latest former official of that
        // country the article named
        Entity e = ctx.counterpart ? counterpart(s, ctx)
                : ctx.former ? scope.memory.formerOfficial(ctx.country != null ? ctx.country : ctx.titleCountry) : office(s, ctx);
        if (e == null && ctx.country == null && ctx.titleCountry == null && c.hasWord("the")) e = scope.memory.sameTitle(w.folded().get(to - 1));
        if (e == null && ctx.country == null && ctx.titleCountry == null && c.hasWord("the") && !ctx.counterpart && owner == null)
            e = describedEarlier(w, nameFrom, to);
        if (e == null && ctx.country != null && ctx.office == null && !ctx.counterpart && c.hasWord("the") && owner == null) {
            // "the Russian leader" after "Putin": the latest named person of that country and sector
            String sector = ctx.sector();
            e = scope.memory.latestPolitical(x -> ctx.country.equals(x.country) && x.knownAs != null && (sector == null || sector.equals(x.sector)));
        }
        if (e == null) {
            String country = ctx.country != null ? ctx.country : ctx.titleCountry;
            // a bare title ("Prince", "minister") only refers with a determiner or an office of its own
            if (country == null && HOME_SECTORS.contains(ctx.sector()) && (ctx.determiner || ctx.office != null)) country = scope.home;
            if (country == null) return;
            e = scope.memory.remember(new Entity(name, null, country, Sectors.of(ctx.sector(), country), ctx.office, true, s));
            if (s <= LEDE && scope.ledeTitle == null && !scope.phrase && c.hasWord("the") && c.firstContent().start() <= 1) scope.ledeTitle = e;
        } else {
            scope.memory.mentioned(e);
            peopleHere.add(e);
        }
        e.lastSentence = s;
        scope.memory.noteWhere(s, w, e, from, to);
        scope.output.person(e, w, s, from, to, ActorKind.PERSON);
        scope.output.emit(e, w, s, from, to, ActorKind.PERSON);
    }

    /** "the Prime Minister": the latest holder named in the article, else who held it that day. */
    private Entity office(int s, Context ctx) {
        if (ctx.office == null) return null;
        String country = ctx.country != null ? ctx.country : ctx.titleCountry;
        String where = country;
        Entity named = scope.memory.latestPolitical(e -> ctx.office.equalsIgnoreCase(e.office) && (where == null || where.equals(e.country)));
        if (named != null) return named;
        if (country == null) country = scope.home;
        if (country == null) return null;
        return holderEntity(ctx.office, country, s);
    }

    private Entity holderEntity(String office, String country, int s) {
        Optional<OfficeTerm> t = scope.holders.holder(office, country, scope.day);
        if (t.isEmpty()) return null;
        Entity named = scope.memory.knownAs(t.get().person());
        if (named != null) return named;
        return scope.memory.remember(new Entity(t.get().person(), t.get().person(), country, t.get().sector(), office, true, s));
    }

    /** "his French counterpart": the same office as the person just named, in the other country. */
    private Entity counterpart(int s, Context ctx) {
        if (ctx.country == null) return null;
        Entity subject = scope.memory.latestPolitical(e -> !ctx.country.equals(e.country));
        String office = subject != null ? subject.office : null;
        Entity same = null, sameSector = null;
        for (Entity e : scope.memory.entities()) {
            if (!e.political || !ctx.country.equals(e.country) || e.name.contains("counterpart")) continue;
            if (office != null && office.equalsIgnoreCase(e.office) && same == null) same = e;
            if (subject != null && subject.sector != null && subject.sector.equals(e.sector) && sameSector == null) sameSector = e;
        }
        if (same != null) return same;
        if (sameSector != null) return sameSector;
        if (office != null) {
            Entity holder = holderEntity(office, ctx.country, s);
            if (holder != null) return holder;
        }
        return null;
    }

    /**
     * "the chief minister", "the Commerce chief": the latest person named with a title that shares the head
     * word, or a capitalised word of it, with this one; or null.
     */
    private Entity describedEarlier(SentenceWords w, int from, int to) {
        String head = w.folded().get(to - 1);
        java.util.Set<String> proper = new java.util.HashSet<>();
        for (int k = from; k < to - 1; k++) if (Words.isCapitalized(w.original(k))) proper.add(w.folded().get(k));
        if (proper.contains("the")) proper.remove("the");
        return scope.memory.latest(e -> e.political && !e.titleWords.isEmpty()
                && (e.titleWords.contains(head) || proper.stream().anyMatch(e.titleWords::contains)));
    }
}
