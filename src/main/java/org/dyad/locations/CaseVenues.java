package org.dyad.locations;

import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A domestic case's legal acts (a court's ruling, a prosecutor's charge, a defendant's plea) are held where
 * the case is heard, whoever speaks: the event is a case's when a court, judge, prosecutor or lawyer is a
 * party, or when it is a charge no one is named as bringing; its venue is the place the article hangs on a
 * court's noun ("a district court in X", "the trial in X").
 */
final class CaseVenues {
    static final String COURT_VENUES = "court-venues.txt";
    private static final String JUDICIAL = "JUD";

    private final PlacePicker picker;
    /** "court", "trial": nouns a case's venue hangs on */
    private final Set<String> courtNouns;

    CaseVenues(PlacePicker picker) {
        this(picker, Set.copyOf(KnowledgeFiles.entries(COURT_VENUES)));
    }

    CaseVenues(PlacePicker picker, Set<String> courtNouns) {
        this.picker = picker;
        this.courtNouns = courtNouns;
    }

    /** The event is an act of legal proceedings: a judicial party, or a charge whose maker the text does not name. */
    static boolean legalAct(CodedEvent e) {
        return judicial(e.source()) || judicial(e.target()) || unattributedCharge(e);
    }

    /**
     * Where the article says the country's case is heard: the place hanging on a court's noun nearest the event,
     * in the event's country.
     */
    Optional<Location> venue(EventScene ctx, int si) {
        ArticlePlaces a = ctx.article();
        for (int d = 0; d < a.sentences.size(); d++) {
            for (int i : d == 0 ? new int[]{si} : new int[]{si - d, si + d}) {
                if (i < 0 || i >= a.sentences.size()) continue;
                Sentence s = a.sentences.get(i);
                Optional<Location> l = picker.best(ctx, a.mentions.get(i), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry()
                        && m.governor() >= 0 && courtNouns.contains(s.tokens().get(m.governor()).lemma().toLowerCase(Locale.ROOT))
                        && picker.borrowable(m), (m, x) -> ctx.home().equals(x.country()));
                if (l.isPresent()) return l;
            }
        }
        return Optional.empty();
    }

    /** "She was accused of fraud": an accusation whose maker the text does not name. */
    private static boolean unattributedCharge(CodedEvent e) {
        return e.type() == PloverType.ACCUSE && e.source() != null && (e.source().text() == null || e.source().text().isBlank());
    }

    /** A court, a judge, a prosecutor or a lawyer: a party to legal proceedings. */
    private static boolean judicial(EventActor a) {
        return a != null && JUDICIAL.equals(a.sector());
    }
}
