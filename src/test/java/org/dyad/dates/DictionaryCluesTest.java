package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateMethod;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

/** Dating by the Phoenix dictionary's government terms, on invented records and people. */
class DictionaryCluesTest {
    private static final List<String> RECORDS = List.of(
            "# invented records in the Phoenix actor format",
            "ZORAN_VELIKOVAR_  # an invented minister",
            "+Z._VELIKOVAR_",
            "\t[XYZELI 700101-040301]",
            "\t[XYZGOV 040301-080615] # foreign minister",
            "\t[XYZELI 080615-121231]",
            "ODILE_MARCHETTI_",
            "\t[XYZGOV >20140110]",
            "KESTREL_ISLANDS_",
            "\t[XYZ]",
            "LATER_PERSON_",
            "\t[XYZELI 20150217-20150218]",
            "EARLY_PERSON_",
            "\t[XYZGOV <19990101]");
    private static final DictionaryTerms TERMS = DictionaryTerms.fromLines(RECORDS);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private final PublicationDater dater = new PublicationDater(KnownTerms.TERMS, Landmarks.none(), TERMS, TODAY);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void readsGovernmentTermsOfPeopleOnly() {
        // a record without a dated government code (a place, an elite-only person) dates nothing
        assertThat(TERMS.size()).isEqualTo(3);
        assertThat(TERMS.startingWith("ZORAN")).hasSize(1);
        assertThat(TERMS.startingWith("Z.")).hasSize(1);
        assertThat(TERMS.startingWith("KESTREL")).isEmpty();
    }

    @Test
    void aCurrentTitleDatesTheArticleAfterTheFirstTermBegan() {
        PublishedDate p = dater.date(TestKit.article("Foreign Minister Zoran Velikovar says talks will resume."));
        assertThat(p.method()).isEqualTo(DateMethod.INFERRED);
        assertThat(p.window().from()).isEqualTo(d("2004-03-01").minusDays(DictionaryClues.SLACK_DAYS));
        assertThat(p.window().to()).isEqualTo(TODAY);
        assertThat(p.evidence()).contains("Phoenix");
    }

    @Test
    void accentsAndDoubledLettersStillMatch() {
        PublishedDate p = dater.date(TestKit.article("Foreign Minister Zoran Vellikovár says talks will resume."));
        assertThat(p.evidence()).contains("VELIKOVAR");
    }

    @Test
    void aFormerOrUntitledMentionSaysNothing() {
        assertThat(dater.date(TestKit.article("Former foreign minister Zoran Velikovar says talks will resume.")).evidence())
                .doesNotContain("Phoenix");
        assertThat(dater.date(TestKit.article("Zoran Velikovar says talks will resume.")).evidence())
                .doesNotContain("Phoenix");
    }

    @Test
    void anOpenTermBoundsFromBelowAsAClosedOneDoes() {
        PublishedDate p = dater.date(TestKit.article("Prime Minister Odile Marchetti says the budget will pass."));
        assertThat(p.window().from()).isEqualTo(d("2014-01-10").minusDays(DictionaryClues.SLACK_DAYS));
        assertThat(p.window().to()).isEqualTo(TODAY);
    }

    @Test
    void aTermWithoutAKnownStartBoundsNothing() {
        assertThat(TERMS.startingWith("EARLY")).hasSize(1);
        assertThat(dater.date(TestKit.article("President Early Person says the budget will pass.")).date()).isNull();
    }

    @Test
    void aNameOfCommonWordsOnlyDatesNothing() {
        // many people share both words of "Omar Haddad" here: another Omar Haddad may be meant
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < DictionaryTerms.COMMON_WORD; i++) {
            lines.add("OMAR_X" + (char) ('A' + i) + "_");
            lines.add("\t[XYZGOV 0" + (i % 9) + "0101-0" + (i % 9) + "1231]");
            lines.add("X" + (char) ('A' + i) + "_HADDAD_");
            lines.add("\t[XYZGOV 0" + (i % 9) + "0101-0" + (i % 9) + "1231]");
        }
        lines.add("OMAR_HADDAD_");
        lines.add("\t[XYZGOV 120101-131231]");
        lines.add("OMAR_QUILLFEATHER_");
        lines.add("\t[XYZGOV 120101-131231]");
        DictionaryTerms common = DictionaryTerms.fromLines(lines);
        assertThat(common.startingWith("OMAR")).extracting(DictionaryTerms.Holder::name).contains("OMAR_QUILLFEATHER_")
                .doesNotContain("OMAR_HADDAD_");
    }

    @Test
    void withoutTheDictionaryNothingIsInferred() {
        PublicationDater plain = new PublicationDater(KnownTerms.TERMS, Landmarks.none(), DictionaryTerms.none(), TODAY);
        PublishedDate p = plain.date(TestKit.article("Foreign Minister Zoran Velikovar says talks will resume."));
        assertThat(p.date()).isNull();
    }
}
