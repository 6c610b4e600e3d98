package org.dyad.actors;

import org.dyad.knowledge.KnowledgeFiles;
import java.util.List;

/**
 * Titles and sector nouns ({@code titles.tsv}, then the Phoenix agents as a fallback): "defence secretary"
 * -> GOV, office Defence Minister, country GBR; "admiral" -> MIL; "rebels" -> REB, a group.
 */
final class TitleLexicon {
    /**
     * @param sector  CAMEO sector
     * @param office  canonical office (see {@link OfficeNames}) when the title names one, else null
     * @param country country the title itself implies ("Defence Secretary" is British), else null
     * @param group   true for collective nouns ("troops", "officials", "the government")
     */
    record Title(String sector, String office, String country, boolean group) {
    }

    /** one person of a party ("politician", "party leader"), not the party or politicians at large */
    private static final java.util.Set<String> PARTY_PEOPLE = java.util.Set.of("politician", "leader", "member",
            "president", "candidate");
    private final PhraseTable<Title> own = new PhraseTable<>();
    private final PhoenixActors agents;

    private TitleLexicon(PhoenixActors agents) {
        this.agents = agents;
    }

    static TitleLexicon load(PhoenixActors agents) {
        TitleLexicon l = new TitleLexicon(agents);
        for (String[] r : KnowledgeFiles.rows("titles.tsv", 5)) {
            Title t = new Title(r[1], r[2].isBlank() ? null : r[2], r[3].isBlank() ? null : r[3], r[4].equals("group"));
            for (String p : Words.cell(r[0])) l.own.add(p, t);
        }
        return l;
    }

    /** The longest title at word {@code i}: Dyad's table first, the Phoenix agents when it is longer. */
    PhraseTable.Match<Title> match(SentenceWords w, List<String> upperWords, int i) {
        PhraseTable.Match<Title> mine = own.longestAt(w.folded(), i);
        if (agents == null || w.firstWord(w.tokenIndex(i)) != i) return mine;
        var agent = agents.agentAt(upperWords, w.tokenIndex(i)).orElse(null);
        if (agent == null || agent.code().length() < 3 || agent.prefix()) return mine;
        int end = w.firstWord(agent.end());
        if (mine != null && end <= mine.end()) return mine;
        String last = w.folded().get(end - 1);
        // ELI is Phoenix's "former official": no sector of its own, the title says little else
        String sector = agent.code().substring(0, 3);
        // "minister of environment" is listed as ENV beside "minister for environment" as GOV: a minister governs
        if (w.folded().get(i).startsWith("minist")) sector = "GOV";
        // "politician", "party leader", "presidential candidate": a party's person, no sector the output knows; a
        // politician the knowledge files do not hold in office is the opposition's
        if (sector.equals("PTY") && PARTY_PEOPLE.contains(last)) sector = "OPP";
        // "gunmen", "militiamen": a plural in -men is a group as one in -s is
        boolean group = last.endsWith("s") || last.endsWith("men");
        return new PhraseTable.Match<>(i, end, List.of(new Title(sector, null, null, group)));
    }

    /** Dyad's own entry for exactly this phrase, if any. */
    Title own(String phrase) {
        List<Title> t = own.get(phrase);
        return t.isEmpty() ? null : t.get(0);
    }
}
