package org.dyad.actors;

import java.util.List;

/** The canonical office names the knowledge file and the title table share, most senior first. */
final class OfficeNames {
    static final List<String> BY_RANK = List.of("Monarch", "Supreme Leader", "President", "Prime Minister", "Chancellor",
            "Crown Prince", "Vice President", "Foreign Minister", "Defence Minister", "Leader of the Opposition",
            "Secretary-General", "Commission President", "Council President", "High Representative",
            "Chief of the Defence Staff");

    private OfficeNames() {
    }

    static int rank(String office) {
        for (int i = 0; i < BY_RANK.size(); i++) if (BY_RANK.get(i).equalsIgnoreCase(office)) return i;
        return BY_RANK.size();
    }
}
