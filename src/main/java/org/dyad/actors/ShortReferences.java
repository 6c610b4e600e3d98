package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Later, shorter names of a body the article named in full: "the council" after "the U.N. Security
 * Council", "the group" or "the separatists" after an armed group, "RSF" after "Rapid Support Forces".
 * News names an organisation once and then shortens it; without this, the acts of "the council" or
 * "the group" have no actor. Only bodies named earlier in the same article are referred to, the
 * latest first. Created per article.
 */
final class ShortReferences {

    /** short-references.tsv: head words and group words, read on first use (after a --knowledge folder is set) */
    private static final class Lexicon {
        static final Set<String> HEADS = new java.util.HashSet<>();
        static final Set<String> GROUPS = new java.util.HashSet<>();
        static final Set<String> BODIES = new java.util.HashSet<>();

        static {
            for (String[] row : org.dyad.knowledge.KnowledgeFiles.rows("short-references.tsv", 2)) {
                String word = row[0].trim().toLowerCase(Locale.ROOT), kind = row[1].trim();
                (kind.equals("group") ? GROUPS : HEADS).add(word);
                if (kind.equals("body")) BODIES.add(word);
            }
        }
    }
    /** Sectors of bodies a group word may refer to. */
    private static final Set<String> GROUP_SECTORS = Set.of("REB", "RAD", "INS", "OPP", "UAF", "SEP", "CRM");
    /** Words that never start an acronym's expansion. */
    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "in", "on", "de", "&", "-", "'s");

    private record Named(Entity entity, String name, int sentence) {
    }

    private final List<Named> bodies = new ArrayList<>();

    /** A body named in full in sentence {@code s}. */
    void named(Entity e, String name, int s) {
        if (e == null || e.country == null || name == null || name.isBlank()) return;
        bodies.add(new Named(e, name, s));
    }

    /** "the council": the latest body whose name ends with {@code head}, or a group for a group word; else null. */
    Entity definite(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (!Lexicon.HEADS.contains(h) && !Lexicon.GROUPS.contains(h)) return null;
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Named b = bodies.get(i);
            String[] words = Words.fold(b.name()).toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length >= 2 && words[words.length - 1].equals(h)) return b.entity();
        }
        // "the bloc" after "the European Union", "the alliance" after "NATO": the latest international body
        if (Lexicon.BODIES.contains(h)) {
            for (int i = bodies.size() - 1; i >= 0; i--)
                if (Sectors.isBody(bodies.get(i).entity().country)) return bodies.get(i).entity();
        }
        if (!Lexicon.GROUPS.contains(h)) return null;
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Named b = bodies.get(i);
            if (b.entity().sector != null && GROUP_SECTORS.contains(b.entity().sector)) return b.entity();
        }
        return null;
    }

    /** "RSF": the latest body whose initials spell {@code written}, or null. */
    Entity acronym(String written) {
        if (!isAcronym(written)) return null;
        for (int i = bodies.size() - 1; i >= 0; i--) {
            if (written.equals(initials(bodies.get(i).name()))) return bodies.get(i).entity();
        }
        return null;
    }

    static boolean isAcronym(String written) {
        if (written.length() < 2 || written.length() > 6) return false;
        for (char c : written.toCharArray()) if (!Character.isUpperCase(c)) return false;
        return true;
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[\\s-]+")) {
            if (part.isEmpty() || MINOR.contains(part.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(part.charAt(0))) continue;
            b.append(part.charAt(0));
        }
        return b.toString();
    }
}
