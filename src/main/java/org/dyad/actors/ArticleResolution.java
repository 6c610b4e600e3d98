package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.OfficeTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article's resolution, sentence by sentence in reading order, with the light coreference that
 * needs memory of what came before (surnames, titles, counterparts, pronouns). Created per call, so
 * the {@link ActorResolver} that makes it stays free of per-article state.
 */
final class ArticleResolution {
    /** sectors a title without any country may still give an actor (the article's home country) */
    private static final Set<String> HOME_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "COP", "SPY");
    private static final Set<String> TITLED_ALIAS = Set.of("president", "king", "queen", "prince", "princess", "sir",
            "dame", "lord", "lady", "ayatollah", "sheikh", "emperor", "pope", "general", "chancellor", "premier", "dr",
            "mr", "mrs", "ms", "the", "emir", "crown");
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
    private static final Set<String> AGENT_HOME_SECTORS = Set.of("MIL", "COP", "REB", "CVL", "SPY", "OPP", "LEG");

    private final LocalDate day;
    private final String home;
    private final OfficeHolders holders;
    private final Gazetteer gazetteer;
    /** who the article has named so far, and where: the backward-looking half of coreference */
    private final ArticleMemory memory = new ArticleMemory();
    private final List<ActorMention> out = new ArrayList<>();
    private final PairFocus pairs = new PairFocus();

    /** a free phrase, not a sentence: outlets and capitals are actors without a verb to prove it */
    private final boolean phrase;

    /** the article's date is known (given or found), not only a window's end */
    private final boolean dated;

    ArticleResolution(LocalDate day, boolean dated, String home, OfficeHolders holders, Gazetteer gazetteer, boolean phrase) {
        this.dated = dated;
        this.phrase = phrase;
        this.day = day;
        this.home = home;
        this.holders = holders;
        this.gazetteer = gazetteer;
    }

    List<ActorMention> mentions() {
        return out;
    }

    void sentence(int index, SentenceWords w, List<Piece> pieces, List<Chunk> chunks) {
        memory.sentence(index, w);
        List<Entity> peopleHere = new ArrayList<>();
        piecesHere = pieces;
        lists.reset();
        spansHere.clear();
        statesHere.clear();
        wordsHere.clear();
        for (Chunk c : chunks) {
            Piece head = c.first();
            if (head.type() == Piece.Type.PRONOUN) pronoun(index, w, c, peopleHere);
            else if (c.name() != null) {
                Piece possessor = c.possessor();
                Entity owner = possessor != null && possessor.type() == Piece.Type.NAME
                        ? named(index, w, chunkOf(possessor), null, peopleHere) : null;
                named(index, w, c, owner, peopleHere);
            } else if (!c.titleHeads().isEmpty()) {
                Piece possessor = c.possessor();
                Entity owner = possessor != null && possessor.type() == Piece.Type.NAME
                        ? named(index, w, chunkOf(possessor), null, peopleHere) : null;
                titled(index, w, c, owner, peopleHere);
            } else {
                for (PlaceActors.Found f : PlaceActors.in(index, w, c, home, phrase, gazetteer)) {
                    emit(f.entity(), w, index, f.from(), f.to(), f.kind());
                    // "two members of the Chilean Senate — A and B": the names listed next are its members
                    if (f.kind() == ActorKind.ORGANIZATION && f.entity().country != null && f.to() == c.last().end())
                        lists.groupEndsAt(f.to(), f.entity().country, f.entity().sector, true);
                }
            }
        }
        definiteReferences(index, w);
        pairs.sentence(index, w, spansHere, statesHere);
    }

    /** "the council", "the separatist group": a body named in full before (see {@link ShortReferences}) */
    private void definiteReferences(int s, SentenceWords w) {
        for (int i = 0; i < w.size(); i++) {
            // "RSF" after "Rapid Support Forces"
            // "(EC)" right after the name it shortens is that name's own mention
            boolean introduced = i > 0 && w.original(i - 1).equals("(") || i > 0 && w.original(i - 1).equals("-LRB-");
            Entity body = covered(i, i + 1) || introduced ? null : shortNames.acronym(w.original(i));
            if (body != null) emit(body, w, s, i, i + 1, ActorKind.ORGANIZATION);
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!w.folded().get(i).equals("the")) continue;
            for (int j = i + 1; j <= i + 2 && j < w.size(); j++) {
                // "the council chamber", "the group of seven": the word is not the phrase's head
                if (j + 1 < w.size() && (w.folded().get(j + 1).equals("of") || isNoun(w, j + 1))) continue;
                if (!isWord(w, j) || !isNoun(w, j) || covered(i, j + 1)) continue;
                Entity body = shortNames.definite(w.folded().get(j));
                if (body != null) {
                    emit(body, w, s, i + 1, j + 1, ActorKind.ORGANIZATION);
                    break;
                }
            }
        }
    }

    /** a lower-case word ("council"), not a name, number or punctuation */
    private static boolean isWord(SentenceWords w, int i) {
        String o = w.original(i);
        return !o.isEmpty() && Character.isLowerCase(o.charAt(0)) && o.chars().allMatch(Character::isLetter);
    }

    private static boolean isNoun(SentenceWords w, int i) {
        String pos = w.token(i).pos();
        return pos != null && pos.startsWith("NN");
    }

    private boolean covered(int from, int to) {
        for (int[] r : wordsHere) if (from < r[1] && r[0] < to) return true;
        return false;
    }

    private final ShortReferences shortNames = new ShortReferences();
    /** sentences that make an article's lede */
    private static final int LEDE = 1;
    /** an official the lede opens with, described without a name ("The UN envoy for X said") */
    private Entity ledeTitle;
    /** word ranges of the mentions emitted in the current sentence */
    private final List<int[]> wordsHere = new ArrayList<>();

    /** a person's mention in the current sentence, by words */
    record Span(Entity entity, int from, int to) {
    }

    private final List<Span> spansHere = new ArrayList<>();
    /** the states and bodies of the current sentence, for pairs of them ("Baku and Yerevan") */
    private final List<Span> statesHere = new ArrayList<>();
    private final SentenceLists lists = new SentenceLists();
    private List<Piece> piecesHere = List.of();
    private static Chunk chunkOf(Piece p) {
        return new Chunk(List.of(p), null);
    }

    // ---- named people -------------------------------------------------------------------------

    private Entity named(int s, SentenceWords w, Chunk c, Entity owner, List<Entity> peopleHere) {
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
        SentenceLists.Group listed = ctx.title == null && desc.title() == null ? lists.listedIn(w, c) : null;
        if (!namePiece.terms().isEmpty()) e = known(s, written, namePiece.terms(), ctx);
        // context before memory: "the opposition leaders A and B" names a former president's role today
        if (e != null && e.knownAs != null && listed != null && listed.sector() != null && ("ELI".equals(e.sector) || e.sector == null)
                && listed.country().equals(e.country)) e.sector = listed.sector();
        if (e == null) e = memory.find(written);
        if (e == null && namePiece.code() != null) {
            PhoenixActors.Code code = namePiece.code();
            // context before memory: a dictionary's "former official" named with another role ("the opposition
            // leaders A and B") holds that role; under a government title he is still the former office holder
            String sector = ctx.former ? "ELI" : ("ELI".equals(code.sector()) || code.sector() == null) && ctx.title != null
                    && ctx.sector() != null && !"GOV".equals(ctx.sector()) ? ctx.sector() : code.sector();
            // "NAME, governor of the region": a role described after the name is held now, whatever the dictionary's
            // last dated term was
            if ("ELI".equals(sector) && !ctx.former && desc.title() != null && !desc.former()) sector = Sectors.of(desc.title().sector(), code.country());
            e = memory.remember(new Entity(written, null, code.country(), sector, null, true, s));
        }
        TitleLexicon.Title title = ctx.title != null ? ctx.title : desc.title();
        String said = ctx.country != null ? ctx.country : desc.country() != null ? desc.country() : titleCountry(ctx, written);
        boolean former = ctx.former || desc.former() || formerMemberOf(w, c.firstContent().start());
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
                    : said != null ? said : SentenceLists.listCountry(w, c, spansHere);
            // a named person the article places nowhere is one of its home country's, unless a free phrase
            // (no context to tell) or someone who speaks for an organisation or as an analyst
            // "The UN envoy for X called for ..." then "NAME issued the appeal": the official the lede's first words
            // describe is the person the next sentence opens with, when nothing is said of the name itself
            if (country == null && title == null && sector == null && ledeTitle != null && !phrase && !desc.organisation()
                    && s == ledeTitle.lastSentence + 1 && c.firstContent().start() == 0) {
                country = ledeTitle.country;
                sector = ledeTitle.sector;
                ledeTitle = null;
            }
            // "Secretary General NAME" of no body the article names: an international organisation's head, not
            // an official of the home country
            boolean fromHome = country == null && home != null && !(phrase && title == null) && !Sectors.stateless(sector)
                    && !"IGO".equals(sector) && !desc.organisation() && !organisationOwned(w, namePiece.start()) && !organisationAppositive(w, c)
                    && !PrivateRoles.relative(w, namePiece.start()) && !PrivateRoles.international(w, namePiece.end());
            if (fromHome) country = home;
            e = memory.remember(new Entity(written, null, country, Sectors.of(sector, country), ctx.office, country != null, s));
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
            lists.groupEndsAt(c.last().end(), e.country, ctx.sector(), ctx.country != null);
        e.lastSentence = s;
        memory.mentioned(e);
        peopleHere.add(e);
        memory.noteWhere(s, w, e, c.firstContent().start(), c.last().end());
        if (e.political) emit(e, w, s, c.firstContent().start(), c.last().end(), ActorKind.PERSON);
        return e;
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

    /**
     * "the chief minister", "the Commerce chief": the latest person named with a title that shares the head
     * word, or a capitalised word of it, with this one; or null.
     */
    private Entity describedEarlier(SentenceWords w, int from, int to) {
        String head = w.folded().get(to - 1);
        java.util.Set<String> proper = new java.util.HashSet<>();
        for (int k = from; k < to - 1; k++) if (Words.isCapitalized(w.original(k))) proper.add(w.folded().get(k));
        if (proper.contains("the")) proper.remove("the");
        return memory.latest(e -> e.political && !e.titleWords.isEmpty()
                && (e.titleWords.contains(head) || proper.stream().anyMatch(e.titleWords::contains)));
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
        Optional<OfficeTerm> holder = holders.holder(ctx.office, ctx.titleCountry, day);
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

    /**
     * "former member of the X Assembly NAME", "a former head of the Y Council NAME": the chunk starts at the
     * body, so the "former" before its "of" is read here.
     */
    private static boolean formerMemberOf(SentenceWords w, int chunkStart) {
        int k = chunkStart - 1;
        if (k >= 0 && w.folded().get(k).equals("the")) k--;
        if (k < 1 || !w.folded().get(k).equals("of")) return false;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String f = w.folded().get(j);
            if (f.equals("former") || f.equals("ex")) return true;
            if (f.equals(",") || f.equals(".")) return false;
        }
        return false;
    }

    /**
     * "the X Assistance Project's NAME": the name follows an organisation's possessive the knowledge files do
     * not place, so the person speaks for it, not for the article's home country.
     */
    private static boolean organisationOwned(SentenceWords w, int nameStart) {
        if (nameStart < 2) return false;
        String mark = w.folded().get(nameStart - 1);
        if (!mark.equals("'s") && !mark.equals("’s")) return false;
        int start = nameStart - 2;
        while (start > 0 && Words.isCapitalized(w.original(start - 1))) start--;
        return Words.isCapitalized(w.original(nameStart - 2)) && Description.namesOrganisation(w, start);
    }

    /** "NAME, director of the X Institute,": an appositive naming an organisation the person speaks for. */
    private static boolean organisationAppositive(SentenceWords w, Chunk c) {
        Chunk a = c.appositive();
        if (a == null) return false;
        // the appositive chunk may stop at the organisation's name: read on to the closing comma
        for (int k = a.first().start(); k < w.size() && k < a.first().start() + 12 && !w.folded().get(k).equals(","); k++) {
            boolean opens = Words.isCapitalized(w.original(k)) && (k == 0 || !Words.isCapitalized(w.original(k - 1)));
            if (opens && Description.namesOrganisation(w, k)) return true;
        }
        return false;
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
            OfficeTerm t = OfficeHolders.bestOn(personTerms, day);
            if (best == null || rankOf(t, ctx) < rankOf(best, ctx)) best = t;
        }
        Entity named = memory.knownAs(best.person());
        if (named != null) return named;
        String sector = best.sector();
        if (!best.heldOn(day)) {
            // a title naming the office the person has left ("the fall of President X", "longtime leader X")
            // is history: a former office holder is ELI as of the article's date; another title is a new role
            // (only on a known date: an undated article's "Acting Prime Minister X" may well be current)
            boolean pastOffice = !best.from().isAfter(day)
                    && (ctx.title == null || dated && best.sector().equals(ctx.sector()));
            sector = pastOffice ? "ELI" : ctx.title != null ? ctx.sector() : null;
        }
        if (ctx.former) sector = "ELI";
        // the article's own spelling of a full name ("Volodymyr Zelenskyy"), not a titled alias ("Sir Tony Radakin")
        String first = Words.fold(written).split("\\s+")[0];
        String name = written.contains(" ") && !TITLED_ALIAS.contains(first) ? written : best.person();
        return memory.remember(new Entity(name, best.person(), best.country(), sector, best.heldOn(day) ? best.office() : ctx.office, true, s));
    }

    /** Prefer the person in office on the day, then one matching the stated country. */
    private int rankOf(OfficeTerm t, Context ctx) {
        int r = t.heldOn(day) ? 0 : 2;
        if (ctx.country != null && !ctx.country.equals(t.country())) r += 1;
        return r;
    }

    // ---- titles without a name ------------------------------------------------------------------

    private void titled(int s, SentenceWords w, Chunk c, Entity owner, List<Entity> peopleHere) {
        List<List<Piece>> heads = c.titleHeads();
        for (int k = 0; k < heads.size(); k++) {
            int from = k == 0 ? (owner != null ? c.possessor().end() + 1 : c.firstContent().start()) : heads.get(k).get(0).start();
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
            if (codes.isEmpty() && ctx.titleCountry != null) codes.add(ctx.titleCountry);
            // "the government", "the officials" are the home country's; "the military" may be anyone's
            // so are bare ones made of nothing but the title ("authorities arrested", "a court ruled"); one
            // with other words before it ("a U.N. rights court") may be anyone's
            int before = c.pieces().get(0).start() - 1;
            boolean bare = !phrase && c.pieces().stream().allMatch(p -> BARE_GROUP_PIECES.contains(p.type()))
                    && (before < 0 || !w.token(before).pos().startsWith("NN")) && !ownedAfter(w, to);
            if (codes.isEmpty() && (c.hasWord("the") || bare) && GROUP_HOME_SECTORS.contains(ctx.sector()) && home != null) codes.add(home);
            // bare "troops" are often someone else's ("deploying thousands of troops"); "security forces",
            // "the army" are the focus country's
            boolean ownedForce = !"MIL".equals(ctx.sector()) || c.hasWord("the") || c.has(Piece.Type.MODIFIER);
            if (codes.isEmpty() && AGENT_HOME_SECTORS.contains(ctx.sector()) && ownedForce && home != null && !phrase)
                codes.add(home);
            for (String code : codes)
                emit(new Entity(name, null, code, ctx.sector(), null, true, s), w, s, from, to, ActorKind.ORGANIZATION);
            // "two members of the Chilean Senate - A and B", "senators led by A and B": the named members
            if (codes.size() == 1 && (!c.countryModifiers().isEmpty() || ctx.country != null))
                lists.groupEndsAt(to, codes.get(0), ctx.sector(), true);
            // "the opposition leaders A and B": the group's own country is only the home one, its sector holds
            else if (codes.size() == 1)
                lists.groupEndsAt(to, codes.get(0), ctx.sector(), false);
            return;
        }
        if (ctx.counterpart && ctx.country == null) return;
        // "since Theresa May became prime minister", "served as foreign minister": a role, not a new actor
        if (!ctx.determiner && from > 0 && PREDICATIVE.contains(w.folded().get(from - 1))) return;
        // "the former Spanish defence minister" is not today's holder: the latest former official of that
        // country the article named
        Entity e = ctx.counterpart ? counterpart(s, ctx)
                : ctx.former ? memory.formerOfficial(ctx.country != null ? ctx.country : ctx.titleCountry) : office(s, ctx);
        if (e == null && ctx.country == null && ctx.titleCountry == null && c.hasWord("the")) e = memory.sameTitle(w.folded().get(to - 1));
        if (e == null && ctx.country == null && ctx.titleCountry == null && c.hasWord("the") && !ctx.counterpart && owner == null)
            e = describedEarlier(w, nameFrom, to);
        if (e == null && ctx.country != null && ctx.office == null && !ctx.counterpart && c.hasWord("the") && owner == null) {
            // "the Russian leader" after "Putin": the latest named person of that country and sector
            String sector = ctx.sector();
            e = memory.latestPolitical(x -> ctx.country.equals(x.country) && x.knownAs != null && (sector == null || sector.equals(x.sector)));
        }
        if (e == null) {
            String country = ctx.country != null ? ctx.country : ctx.titleCountry;
            // a bare title ("Prince", "minister") only refers with a determiner or an office of its own
            if (country == null && HOME_SECTORS.contains(ctx.sector()) && (ctx.determiner || ctx.office != null)) country = home;
            if (country == null) return;
            e = memory.remember(new Entity(name, null, country, Sectors.of(ctx.sector(), country), ctx.office, true, s));
            if (s <= LEDE && ledeTitle == null && !phrase && c.hasWord("the") && c.firstContent().start() <= 1) ledeTitle = e;
        } else {
            memory.mentioned(e);
            peopleHere.add(e);
        }
        e.lastSentence = s;
        memory.noteWhere(s, w, e, from, to);
        emit(e, w, s, from, to, ActorKind.PERSON);
    }

    /** "the Prime Minister": the latest holder named in the article, else who held it that day. */
    private Entity office(int s, Context ctx) {
        if (ctx.office == null) return null;
        String country = ctx.country != null ? ctx.country : ctx.titleCountry;
        String where = country;
        Entity named = memory.latestPolitical(e -> ctx.office.equalsIgnoreCase(e.office) && (where == null || where.equals(e.country)));
        if (named != null) return named;
        if (country == null) country = home;
        if (country == null) return null;
        return holderEntity(ctx.office, country, s);
    }

    private Entity holderEntity(String office, String country, int s) {
        Optional<OfficeTerm> t = holders.holder(office, country, day);
        if (t.isEmpty()) return null;
        Entity named = memory.knownAs(t.get().person());
        if (named != null) return named;
        return memory.remember(new Entity(t.get().person(), t.get().person(), country, t.get().sector(), office, true, s));
    }

    /** "his French counterpart": the same office as the person just named, in the other country. */
    private Entity counterpart(int s, Context ctx) {
        if (ctx.country == null) return null;
        Entity subject = memory.latestPolitical(e -> !ctx.country.equals(e.country));
        String office = subject != null ? subject.office : null;
        Entity same = null, sameSector = null;
        for (Entity e : memory.entities()) {
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

    private void counterpartOf(Entity named, int s) {
        Entity subject = memory.latestPolitical(e -> named.country == null || !named.country.equals(e.country));
        if (subject != null) {
            if (named.office == null) named.office = subject.office;
            if (named.sector == null) named.sector = subject.sector;
        }
    }

    // ---- pronouns ---------------------------------------------------------------------------------

    private void pronoun(int s, SentenceWords w, Chunk c, List<Entity> peopleHere) {
        Piece p = c.first();
        boolean counted = p.word().equals("two");
        boolean plural = counted || p.word().equals("pair") || p.word().equals("they") || p.word().equals("them");
        if (plural) {
            // "Baku and Yerevan agreed after Moscow urged them": a pair named earlier in the sentence first
            List<Entity> here = PairFocus.joined(w, spansHere, p.start());
            if (here.isEmpty()) here = PairFocus.joined(w, statesHere, p.start());
            for (Entity e : here.isEmpty() ? pairs.referent(s, counted) : here) emit(e, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
            return;
        }
        // "he" inside a quotation: whoever was just named, the quotation's own words included
        Entity antecedent = w.quoted(p.start()) ? memory.insideQuotes(s, peopleHere) : memory.outsideQuotes(s);
        if (antecedent == null) return;
        memory.noteWhere(s, w, antecedent, p.start(), p.end());
        if (antecedent.political) emit(antecedent, w, s, p.start(), p.end(), ActorKind.ANAPHOR);
    }

    // ---- output -----------------------------------------------------------------------------------

    private void emit(Entity e, SentenceWords w, int s, int fromWord, int toWord, ActorKind kind) {
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

    private final Map<String, String> ids = new java.util.HashMap<>();

    String home() {
        return home;
    }
}
