package org.dyad.actors;

import org.dyad.article.Token;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.ActorMatch;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PETRARCH/Phoenix actor and agent dictionaries (read by {@code org.dyad.dictionary}), asked in
 * Dyad's terms: a code valid on a day for a span of tokens, split into country and sector.
 */
final class PhoenixActors {
    static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    static final String AGENT_FILE = "Phoenix.agents.txt";

    /** Phoenix's IGO codes, as the output contract names the bodies. */
    private static final Map<String, String> IGO = Map.of("IGOUNO", "UNO", "IGOWSTNAT", "NATO", "IGONAT", "NATO",
            "IGOEUREEC", "EUR", "IGOEUR", "EUR", "IGOAFRAFU", "AFU", "IGOWAFECW", "ECO", "IGOWAFWAS", "ECO",
            "IGOUNODEVWBK", "WBK", "IGOUNOIMF", "IMF");

    /** A dictionary code split for output. */
    record Code(String country, String sector, String full) {
    }

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    private PhoenixActors(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    static PhoenixActors load(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String f : ACTOR_FILES) files.add(require(dir.resolve(f)));
        return new PhoenixActors(ActorDictionary.read(files), AgentDictionary.read(require(dir.resolve(AGENT_FILE))));
    }

    private static Path require(Path p) {
        if (!Files.isReadable(p))
            throw new IllegalStateException("missing actor dictionary " + p.toAbsolutePath().normalize()
                    + " (set --data or $DYAD_DATA to the folder holding phoenix-cameo-dictionaries/)");
        return p;
    }

    /** Tokens as the dictionaries spell words: upper case, accents removed. */
    static List<String> upperWords(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) out.add(Words.fold(t.word()).toUpperCase(Locale.ROOT));
        return out;
    }

    /** The longest contiguous actor phrase at token {@code start}, with its code on {@code day}. */
    Optional<ActorMatch> actorAt(List<String> upperWords, int start, LocalDate day) {
        return actors.match(upperWords, start, day)
                .filter(m -> m.length() == m.phrase().split("[\\s_]+").length)
                .filter(m -> !m.code().startsWith("---"));
    }

    /**
     * A person the dictionary codes only for terms that all ended before {@code day}: the code of the last one,
     * as a former office holder's (sector ELI), or empty.
     */
    Optional<ActorMatch> formerAt(List<String> upperWords, int start, LocalDate day) {
        return actors.lastHeldBefore(upperWords, start, day)
                .filter(m -> m.length() == m.phrase().split("[\\s_]+").length)
                .filter(m -> m.code().length() >= 3 && !m.code().startsWith("---") && !m.code().startsWith("IGO"))
                .map(m -> new ActorMatch(m.code().substring(0, 3) + "ELI", m.start(), m.end(), m.phrase()));
    }

    Optional<AgentMatch> agentAt(List<String> upperWords, int start) {
        return agents.match(upperWords, start);
    }

    /** Splits a dictionary code into output country and sector; null when it names no usable actor. */
    static Code split(String code) {
        if (code == null || code.length() < 3 || code.contains("/") || code.startsWith("---")) return null;
        if (code.startsWith("IGO")) {
            for (int len = Math.min(code.length(), 12); len >= 6; len--) {
                String igo = IGO.get(code.substring(0, len));
                if (igo != null) return new Code(igo, "IGO", code);
            }
            return null;
        }
        String country = code.substring(0, 3);
        if (country.equals("KSV")) country = "XKX";
        String sector = code.length() >= 6 ? code.substring(3, 6) : null;
        // "USAGOVLEG" (a legislature or its member): the legislative branch is the sector news codes them by;
        // other GOV pairs ("GOVMIL" defence ministers, "GOVBUS" trade ministers) stay government
        if ("GOV".equals(sector) && code.startsWith("LEG", 6)) sector = "LEG";
        return new Code(country, sector, code);
    }
}
