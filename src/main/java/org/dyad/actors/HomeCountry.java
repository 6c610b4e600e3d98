package org.dyad.actors;

import org.dyad.article.OfficeTerm;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country an article is written from, inferred from how densely it names each country: its
 * institutions and nationally-specific titles ("No 10", "Defence Secretary") weigh more than a name.
 * Used for titles that name no country ("the Ministry of Defence", "the Prime Minister").
 */
final class HomeCountry {
    private HomeCountry() {
    }

    static String of(List<List<Piece>> sentences, LocalDate day, Gazetteer gazetteer) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (List<Piece> pieces : sentences) {
            for (Piece p : pieces) {
                switch (p.type()) {
                    case PLACE -> {
                        KnownActor a = p.place();
                        if (a.country() == null || !gazetteer.isCountryCode(a.country()) || a.country().equals("EUR")) continue;
                        int weight = a.role() == KnownActor.Role.SEAT ? 3 : a.role() == KnownActor.Role.MEDIA ? 0 : 1;
                        votes.merge(a.country(), weight, Integer::sum);
                    }
                    case TITLE -> {
                        if (p.title().country() != null && !p.title().country().equals("EUR"))
                            votes.merge(p.title().country(), 3, Integer::sum);
                    }
                    case NAME -> {
                        for (OfficeTerm t : p.terms()) {
                            if (t.heldOn(day) && gazetteer.isCountryCode(t.country())) {
                                votes.merge(t.country(), 1, Integer::sum);
                                break;
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }
}
