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
 * People named in a sentence ("Chilean Foreign Minister Ana Ruiz", "NAME, the railway official",
 * "Mr Sunak"): the knowledge files' term on the day, the dictionary's code, or the context the article gives
 * (title, description, group, list, owner), with context before memory; a later mention adds what the first
 * did not say. Created per article; reads one sentence at a time.
 */
final class NamedPeople {
    private static final Set<String> TITLED_ALIAS = Set.of("president", "king", "queen", "prince", "princess", "sir",
            "dame", "lord", "lady", "ayatollah", "sheikh", "emperor", "pope", "general", "chancellor", "premier", "dr",
            "mr", "mrs", "ms", "the", "emir", "crown");

    private final ResolutionScope scope;
    /** the pieces of the sentence being read */
    private List<Piece> piecesHere = List.of();

    NamedPeople(ResolutionScope scope) {
        this.scope = scope;
    }

    /** Starts reading a sentence of these pieces. */
    void sentence(List<Piece> pieces) {
        piecesHere = pieces;
    }

    /**
     * Resolves the name of chunk c in sentence s (its owner: the person or body of a possessive before it),
     * emits its mention when the person is political, and returns the person's entity.
     */
    Entity named(int s, SentenceWords w, Chunk c, Entity owner, List<Entity> peopleHere) {
        Piece namePiece = c.name();
        String written = w.text(namePiece.start(), namePiece.end());
        Context ctx = Context.of(c, w);
        // "Guterres' spokesman, NAME": the owner's country ("Putin's spokesman" is Russian)
        if (ctx.country == null && owner != null && owner.country != null && !owner.homeCountry) ctx.country = owner.country;
        Description desc = Description.after(piecesHere, indexAfter(c), w);
        if (desc == Description.NONE && ctx.title == null) desc = Description.before(piecesHere, indexOf(c.first()), w);
        if (desc == Description.NONE && ctx.title == null) desc = Description.from(piecesHere, indexAfter(c), w);
        if (desc == Description.NONE && ctx.title == null) desc = sharedDescription(indexAfter(c), w);
        Entity e = null;
        SentenceLists.Group listed = ctx.title == null && desc.title() == null ? scope.lists.listedIn(w, c) : null;
        if (!namePiece.terms().isEmpty()) e = known(s, written, namePiece.terms(), ctx);
        // context before memory: "the opposition leaders A and B" names a former president's role today
        if (e != null && e.knownAs != null && listed != null && listed.sector() != null && ("ELI".equals(e.sector) || e.sector == null)
                && listed.country().equals(e.country)) e.sector = listed.sector();
        if (e == null) e = scope.memory.find(written);
        if (e == null && namePiece.code() != null) {
            PhoenixActors.Code code = namePiece.code();
            // context before memory: a dictionary's "former official" named with another role ("the opposition
            // leaders A and B") holds that role; under a government title he is still the former office holder
            String sector = ctx.former ? "ELI" : ("ELI".equals(code.sector()) || code.sector() == null) && ctx.title != null
                    && ctx.sector() != null && !"GOV".equals(ctx.sector()) ? ctx.sector() : code.sector();
            // "NAME, governor of the region": a role described after the name is held now, whatever the dictionary's
            // last dated term was
            if ("ELI".equals(sector) && !ctx.former && desc.title() != null && !desc.former()) sector = Sectors.of(desc.title().sector(), code.country());
            e = scope.memory.remember(new Entity(written, null, code.country(), sector, null, true, s));
        }
        TitleLexicon.Title title = ctx.title != null ? ctx.title : desc.title();
        String said = ctx.country != null ? ctx.country : desc.country() != null ? desc.country() : titleCountry(ctx, written);
        boolean former = ctx.former || desc.former() || Affiliation.formerMemberOf(w, c.firstContent().start());
        if (e == null) {
            String sector = ctx.title != null || ctx.counterpart ? ctx.sector()
                    : title != null && "GOV".equals(title.sector()) && desc.body() != null ? desc.body()
                    : title != null ? title.sector() : null;
            // "NAME, president of the national assembly": the body the description names is the branch
            if (ctx.title != null && "GOV".equals(sector) && desc.body() != null && ctx.bodySector == null) sector = desc.body();
            if (former) sector = "ELI";
            SentenceLists.Group group = said == null && title == null ? listed : null;
            if (group != null && !group.stated()) {
                sector = group.sector();
                group = null;
            }
            if (group != null) {
                said = group.country();
                sector = group.sector();
            }
            // an analyst or student is nobody's actor, unless a nationality stands right before the role ("a Chinese student")
            String country = Sectors.stateless(sector) ? statedNationality(c)
                    : said != null ? said : SentenceLists.listCountry(w, c, scope.output.spansHere());
            // a named person the article places nowhere is one of its home country's, unless a free phrase
            // (no context to tell) or someone who speaks for an organisation or as an analyst
            // "The UN envoy for X called for ..." then "NAME issued the appeal": the official the lede's first words
            // describe is the person the next sentence opens with, when nothing is said of the name itself
            if (country == null && title == null && sector == null && scope.ledeTitle != null && !scope.phrase && !desc.organisation()
                    && s == scope.ledeTitle.lastSentence + 1 && c.firstContent().start() == 0) {
                country = scope.ledeTitle.country;
                sector = scope.ledeTitle.sector;
                scope.ledeTitle = null;
            }
            // "he and his colleague NAME": a peer works where the person they are a peer of works
            Entity peer = country == null && title == null && sector == null ? peerOf(s, w, namePiece.start(), owner) : null;
            if (peer != null) {
                country = peer.country;
                sector = peer.sector;
            }
            // "Secretary General NAME" of no body the article names: an international organisation's head, not
            // an official of the home country
            boolean fromHome = country == null && scope.home != null && !(scope.phrase && title == null) && !Sectors.stateless(sector)
                    && !"IGO".equals(sector) && !desc.organisation() && !Affiliation.organisationOwned(w, namePiece.start()) && !Affiliation.organisationAppositive(w, c)
                    && !PrivateRoles.relative(w, namePiece.start()) && !PrivateRoles.international(w, namePiece.end());
            if (fromHome) country = scope.home;
            e = scope.memory.remember(new Entity(written, null, country, Sectors.of(sector, country), ctx.office, country != null, s));
            e.homeCountry = fromHome;
            if (ctx.counterpart) counterpartOf(e, s);
        } else if (e.knownAs == null && namePiece.code() == null) {
            // a later mention says what the first did not ("NAME, the railway official")
            if (said != null && (e.country == null || e.homeCountry)) {
                e.country = said;
                e.homeCountry = false;
                e.political = true;
            }
            if (title != null && e.sector == null) e.sector = Sectors.of(former ? "ELI" : title.sector(), e.country);
        }
        if (former && e.sector != null && !"ELI".equals(e.sector) && Sectors.isState(e.sector)) e.sector = "ELI";
        rememberTitle(e, w, c.firstContent().start(), namePiece.start());
        // "the opposition leaders A and B": B is one of the group the title names
        if (ctx.title != null && ctx.title.group() && e.country != null)
            scope.lists.groupEndsAt(c.last().end(), e.country, ctx.sector(), ctx.country != null);
        e.lastSentence = s;
        scope.memory.mentioned(e);
        peopleHere.add(e);
        scope.memory.noteWhere(s, w, e, c.firstContent().start(), c.last().end());
        scope.output.person(e, w, s, c.firstContent().start(), c.last().end(), ActorKind.PERSON);
        if (e.political) scope.output.emit(e, w, s, c.firstContent().start(), c.last().end(), ActorKind.PERSON);
        return e;
    }

    /** The person whose peer the name is said to be ("his colleague NAME", "X's colleague NAME"), or null. */
    private Entity peerOf(int s, SentenceWords w, int nameStart, Entity owner) {
        String before = PrivateRoles.peerOwner(w, nameStart);
        if (before == null) return null;
        if (owner != null) return owner.country != null ? owner : null;
        if (!before.equals("his") && !before.equals("her")) return null;
        Entity e = scope.memory.outsideQuotes(s);
        return e != null && e.country != null && e.political ? e : null;
    }

    /**
     * Keeps the words before the name in its chunk ("Balochistan Chief Minister", "Commerce Secretary") when
     * they hold a title, so "the chief minister" or "the Commerce chief" can later be told to mean this person.
     */
    private void rememberTitle(Entity e, SentenceWords w, int from, int nameStart) {
        boolean titled = false;
        for (Piece p : piecesHere)
            if (p.type() == Piece.Type.TITLE && p.start() >= from && p.end() <= nameStart) titled = true;
        if (!titled) return;
        for (int k = from; k < nameStart; k++) {
            String f = w.folded().get(k);
            if (Character.isLetter(f.charAt(0)) && !f.equals("the") && !f.equals("of")) e.titleWords.add(f);
        }
    }

    /** "A and B, both from X,": the description after the pair, for its first name. */
    private Description sharedDescription(int k, SentenceWords w) {
        if (k + 3 >= piecesHere.size() || !"and".equals(piecesHere.get(k).word())
                || piecesHere.get(k + 1).type() != Piece.Type.NAME || !",".equals(piecesHere.get(k + 2).word())
                || !"both".equals(piecesHere.get(k + 3).word())) return Description.NONE;
        return Description.after(piecesHere, k + 2, w);
    }

    /**
     * The country a title implies ("Foreign Secretary" is British), unless the knowledge files name someone else
     * as that country's holder of the office on the day: "Foreign Secretary NAME" in a Pakistani story is
     * Pakistan's, and the article's home country then decides.
     */
    private String titleCountry(Context ctx, String written) {
        if (ctx.titleCountry == null || ctx.office == null) return ctx.titleCountry;
        Optional<OfficeTerm> holder = scope.holders.holder(ctx.office, ctx.titleCountry, scope.day);
        if (holder.isEmpty()) return ctx.titleCountry;
        String surname = Words.fold(written.substring(written.lastIndexOf(' ') + 1));
        return Words.fold(holder.get().person()).endsWith(surname) ? ctx.titleCountry : null;
    }

    /**
     * "NAME, a Chinese student at ...", "American analyst NAME": the country of a nationality right before a
     * stateless role (EDU) in the chunk or in the first segment of the description after it; or null.
     */
    private String statedNationality(Chunk c) {
        int from = indexOf(c.first());
        int to = Math.min(piecesHere.size(), indexAfter(c) + 6);
        int commas = 0;
        for (int k = Math.max(1, from); k < to; k++) {
            Piece p = piecesHere.get(k);
            if (k >= indexAfter(c) && ",".equals(p.word()) && ++commas > 1) break;
            Piece before = piecesHere.get(k - 1);
            if (p.type() == Piece.Type.TITLE && Sectors.stateless(p.title().sector())
                    && before.isPlace(KnownActor.Role.ADJECTIVE) && before.place().country() != null) return before.place().country();
        }
        return null;
    }

    /** Index in this sentence's pieces of the given piece, or the number of pieces. */
    private int indexOf(Piece first) {
        for (int k = 0; k < piecesHere.size(); k++) if (piecesHere.get(k) == first) return k;
        return piecesHere.size();
    }

    /** Index in this sentence's pieces of the piece just after the chunk. */
    private int indexAfter(Chunk c) {
        Piece last = c.last();
        for (int k = 0; k < piecesHere.size(); k++) if (piecesHere.get(k) == last) return k + 1;
        return piecesHere.size();
    }

    /** A name the knowledge file holds: the term it had on the day decides country and sector. */
    private Entity known(int s, String written, List<OfficeTerm> terms, Context ctx) {
        Map<String, List<OfficeTerm>> byPerson = new LinkedHashMap<>();
        for (OfficeTerm t : terms) byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t);
        OfficeTerm best = null;
        for (List<OfficeTerm> personTerms : byPerson.values()) {
            OfficeTerm t = OfficeHolders.bestOn(personTerms, scope.day);
            if (best == null || rankOf(t, ctx) < rankOf(best, ctx)) best = t;
        }
        Entity named = scope.memory.knownAs(best.person());
        if (named != null) return named;
        String sector = best.sector();
        if (!best.heldOn(scope.day)) {
            // a title naming the office the person has left ("the fall of President X", "longtime leader X")
            // is history: a former office holder is ELI as of the article's date; another title is a new role
            // (only on a known date: an undated article's "Acting Prime Minister X" may well be current)
            boolean pastOffice = !best.from().isAfter(scope.day)
                    && (ctx.title == null || scope.dated && best.sector().equals(ctx.sector()));
            sector = pastOffice ? "ELI" : ctx.title != null ? ctx.sector() : null;
        }
        if (ctx.former) sector = "ELI";
        // the article's own spelling of a full name ("Volodymyr Zelenskyy"), not a titled alias ("Sir Tony Radakin")
        String first = Words.fold(written).split("\\s+")[0];
        String name = written.contains(" ") && !TITLED_ALIAS.contains(first) ? written : best.person();
        return scope.memory.remember(new Entity(name, best.person(), best.country(), sector, best.heldOn(scope.day) ? best.office() : ctx.office, true, s));
    }

    /** Prefer the person in office on the day, then one matching the stated country. */
    private int rankOf(OfficeTerm t, Context ctx) {
        int r = t.heldOn(scope.day) ? 0 : 2;
        if (ctx.country != null && !ctx.country.equals(t.country())) r += 1;
        return r;
    }

    private void counterpartOf(Entity named, int s) {
        Entity subject = scope.memory.latestPolitical(e -> named.country == null || !named.country.equals(e.country));
        if (subject != null) {
            if (named.office == null) named.office = subject.office;
            if (named.sector == null) named.sector = subject.sector;
        }
    }
}
