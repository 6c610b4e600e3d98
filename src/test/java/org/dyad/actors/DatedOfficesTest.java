package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.SharedResolver.only;
import static org.dyad.actors.SharedResolver.resolve;

/**
 * Who holds an office on the article's day ({@link OfficeHolders}, the world leaders file, Phoenix's
 * date-restricted codes): the same name is government, opposition or former official depending on the
 * day, and an undated article is read on its best-guess day.
 */
class DatedOfficesTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    @Test
    void resolvesALeaderByTheOfficeHeldOnTheArticleDate() {
        String text = "[PERSON Keir Starmer] spoke in the Commons.";
        assertThat(only(resolve(text, "2023-06-01"), "Keir Starmer").code()).isEqualTo("GBROPP");
        assertThat(only(resolve(text, "2024-08-01"), "Keir Starmer").code()).isEqualTo("GBRGOV");
        String sunak = "[PERSON Rishi Sunak] spoke.";
        assertThat(only(resolve(sunak, "2024-09-01"), "Rishi Sunak").code()).isEqualTo("GBROPP");
        assertThat(only(resolve(sunak, "2023-01-01"), "Rishi Sunak").code()).isEqualTo("GBRGOV");
    }

    @Test
    void knowsOfficeHoldersOfSmallerStatesFromTheWorldLeadersFile() {
        assertThat(resolver.resolvePhrase("the Prime Minister", LocalDate.of(2024, 5, 1), "LVA").map(ActorMention::name))
                .contains("Evika Siliņa");
        assertThat(resolver.resolvePhrase("the Prime Minister", LocalDate.of(2022, 5, 1), "LVA").map(ActorMention::name))
                .contains("Krišjānis Kariņš");
        // a spelling without diacritics, as foreign minister after his premiership
        assertThat(only(resolve("[PERSON Krisjanis Karins] spoke.", "2024-01-10"), "Krisjanis Karins").code()).isEqualTo("LVAGOV");
        assertThat(only(resolve("[PERSON Juozas Olekas] spoke.", "2015-06-01"), "Juozas Olekas").code()).isEqualTo("LTUGOV");
    }

    @Test
    void givesTheIncomingHolderOnAHandoverDay() {
        LocalDate handover = LocalDate.of(2024, 7, 5);
        assertThat(resolver.resolvePhrase("the Prime Minister", handover, "GBR").map(ActorMention::name)).contains("Keir Starmer");
        assertThat(resolver.resolvePhrase("the Prime Minister", handover.minusDays(1), "GBR").map(ActorMention::name))
                .contains("Rishi Sunak");
        assertThat(only(resolve("[PERSON Rishi Sunak] spoke.", "2024-07-05"), "Rishi Sunak").code()).isEqualTo("GBROPP");
    }

    @Test
    void choosesPhoenixDateRestrictedCodesAsPetrarchOneDoes() {
        // GEORGE_W._BUSH: [USAELI 640101-010120] [USAGOV 010120-090120] [USAELI]
        String text = "[PERSON George W. Bush] visited troops.";
        assertThat(only(resolve(text, "2005-06-01"), "George W. Bush").code()).isEqualTo("USAGOV");
        assertThat(only(resolve(text, "2009-01-20"), "George W. Bush").code()).isEqualTo("USAGOV");
        assertThat(only(resolve(text, "2012-06-01"), "George W. Bush").code()).isEqualTo("USAELI");
    }

    @Test
    void choosesTheDayFromTheBestGuessThenTheWindowEnd() {
        assertThat(ActorResolver.asOf(new PublishedDate(null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 9), null, null)))
                .isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(ActorResolver.asOf(PublishedDate.unknown())).isEqualTo(LocalDate.now());
        String text = "[PERSON Keir Starmer] spoke.";
        assertThat(resolver.resolve(article(text), new PublishedDate(null, LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 7, 9), null, null)).get(0).code()).isEqualTo("GBRGOV");
    }

    @Test
    void datesInstitutionsToo() {
        String text = "The [ORGANIZATION Taliban] said the talks had failed.";
        assertThat(only(resolve(text, "2020-06-01"), "Taliban").code()).isEqualTo("AFGREB");
        assertThat(only(resolve(text, "2022-06-01"), "Taliban").code()).isEqualTo("AFGGOV");
    }

    @Test
    void aFormerOfficeHolderUnderTheTitleHeLeftIsEliOnAKnownDate() {
        String text = "Violence/NN followed/VB the fall/NN of [TITLE President] [PERSON Bashar al-Assad] .";
        assertThat(only(resolve(text, "2025-03-14"), "President Bashar al-Assad").code()).isEqualTo("SYRELI");
    }
}
