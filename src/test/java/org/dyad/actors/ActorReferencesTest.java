package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Dependency;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.fixture;
import static org.dyad.actors.ArticleKit.on;
import static org.dyad.actors.SharedResolver.only;
import static org.dyad.actors.SharedResolver.resolve;

/**
 * What a later reference points back to: surnames, titles ("the chief minister", "the former minister"),
 * pronouns and possessives, pairs ("they", "the two sides", "the warring parties") and groups ("the
 * ministers", "the council").
 */
class ActorReferencesTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    @Test
    void followsSurnamesTitlesPronounsAndPairsToTheSameActor() {
        List<ActorMention> m = resolver.resolve(fixture("summit-coreference.txt"), on("2023-03-10"));
        assertThat(only(m, "Prime Minister").name()).isEqualTo("Rishi Sunak");
        assertThat(only(m, "French counterpart").name()).isEqualTo("Emmanuel Macron");
        assertThat(m.stream().filter(x -> x.text().equals("the pair")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Rishi Sunak", "Emmanuel Macron");
        ActorMention he = only(m, "He");
        assertThat(he.kind()).isEqualTo(ActorKind.ANAPHOR);
        assertThat(he.name()).isEqualTo("Rishi Sunak");
        assertThat(only(m, "Mr Sunak").name()).isEqualTo("Rishi Sunak");
        assertThat(only(m, "Mr Macron").code()).isEqualTo("FRAGOV");
    }

    @Test
    void itsBeforeAPlainNounIsTheFirstStateOrBodyOfTheSentence() {
        List<ActorMention> m = resolve("The [NATIONALITY Chilean] navy/NN said [NATIONALITY Peruvian] boats/NNS rammed its patrol/NN boat/NN .\n"
                + "[COUNTRY Norway] and its allies/NNS protested .\n"
                + "Its budget/NN grew .", "2024-03-01");
        assertThat(m.stream().filter(x -> x.text().equals("its")).map(ActorMention::code)).containsExactly("CHLMIL", "NOR");
        assertThat(m).noneMatch(x -> x.text().equals("Its"));
        // before a title, "its" gives the title its country
        List<ActorMention> forces = resolve("[COUNTRY Chile] said its troops/NNS left .", "2024-03-01");
        assertThat(only(forces, "troops").code()).isEqualTo("CHLMIL");
    }

    @Test
    void keepsAPairInFocusThroughAChainOfPluralPronounsButNotAfterAGap() {
        List<ActorMention> m = resolver.resolve(fixture("plural-pronoun-chain.txt"), on("2024-11-22"));
        List<ActorMention> they = m.stream().filter(x -> x.text().equalsIgnoreCase("they")).toList();
        // sentence 4 is four sentences after the pair, but two after the "they" that resolved to it;
        // sentence 8 is four sentences after the last "they": the pair is out of focus
        assertThat(they.stream().filter(x -> x.sentence() == 4).map(ActorMention::name))
                .containsExactlyInAnyOrder("David Lammy", "Jean-Noël Barrot");
        assertThat(they).noneMatch(x -> x.sentence() == 8);
    }

    @Test
    void aPhraseThatCountsThePairReachesFurtherBackThanThey() {
        String text = String.join("\n",
                "[PERSON Keir Starmer] and [PERSON Emmanuel Macron] met in [CITY Paris] on Friday.",
                "The talks/NNS lasted/VBD four hours.", "Trade/NN was/VBD on the agenda.",
                "Fishing/NN rights/NNS came/VBD up as well.", "No/DT deal/NN was/VBD signed.",
                "Observers/NNS urged/VBD the two sides to keep talking.",
                "Observers/NNS said/VBD they should keep talking.");
        List<ActorMention> m = resolve(text, "2024-11-22");
        assertThat(m.stream().filter(x -> x.text().equals("the two sides")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Keir Starmer", "Emmanuel Macron");
        // the counted phrase brought the pair back into focus for the sentence after it
        assertThat(m.stream().filter(x -> x.text().equals("they")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Keir Starmer", "Emmanuel Macron");
        String gap = text.replace("Observers/NNS urged/VBD the two sides to keep talking.\n", "");
        assertThat(resolve(gap, "2024-11-22")).as(gap).noneMatch(x -> x.text().equals("they"));
    }

    @Test
    void aPossessivePronounBeforeAPlainNounNamesItsOwnerButBeforeATitleOnlySaysWhose() {
        String text = String.join("\n",
                "[PERSON Ana Ruiz] , a Peruvian senator , spoke/VBD on Monday.",
                "Officials/NNS confirmed/VBD her arrest/NN on Tuesday.",
                "Her lawyer/NN declined/VBD to comment.");
        List<ActorMention> m = resolve(text, "2024-11-22");
        assertThat(m.stream().filter(x -> x.text().equals("her")).map(ActorMention::name)).containsExactly("Ana Ruiz");
        // "her lawyer" is the lawyer, a person of her own, not Ana Ruiz again
        assertThat(m).noneMatch(x -> x.sentence() == 2 && "Ana Ruiz".equals(x.name()));
    }

    @Test
    void aGroupOwnedByAListOfCountriesIsEachOnesAndLaterTheMinistersAreThatGroup() {
        String text = String.join("\n",
                "The defence ministers of [COUNTRY Chile] and [COUNTRY Peru] met/VBD in [CITY Lima] on Monday.",
                "The talks/NNS lasted/VBD four hours.", "Trade/NN was/VBD on the agenda.",
                "No/DT deal/NN was/VBD signed.",
                "The ministers urged/VBD calm.",
                "The officials left/VBD the city.");
        List<ActorMention> m = resolve(text, "2024-11-22");
        assertThat(m.stream().filter(x -> x.text().equals("defence ministers")).map(ActorMention::country))
                .containsExactlyInAnyOrder("CHL", "PER");
        assertThat(m.stream().filter(x -> x.text().equalsIgnoreCase("the ministers")).map(ActorMention::country))
                .containsExactlyInAnyOrder("CHL", "PER");
        assertThat(m.stream().filter(x -> x.text().equals("officials")).map(ActorMention::country))
                .containsExactlyInAnyOrder("CHL", "PER");
        // one country named alone owns the group alone
        List<ActorMention> one = resolve("The defence ministers of [COUNTRY Chile] met/VBD in [CITY Lima] on Monday.", "2024-11-22");
        assertThat(one.stream().filter(x -> x.text().equals("defence ministers")).map(ActorMention::country)).containsExactly("CHL");
    }

    @Test
    void theWarringPartiesWithNoPairInReachAreTheSidesOfTheHomeCountrysConflict() {
        String text = String.join("\n",
                "[COUNTRY Peru] 's army/NN fought/VBD rebels/NNS in the north on Monday.",
                "Bishops/NNS urged/VBD the warring parties to stop.");
        List<ActorMention> m = resolve(text, "2024-11-22");
        assertThat(m.stream().filter(x -> x.text().equals("the warring parties")).map(ActorMention::country))
                .containsExactly("PER");
        // a pair in focus comes first
        String pair = String.join("\n", "[COUNTRY Peru] and [COUNTRY Ecuador] traded fire on the border.",
                "Bishops/NNS urged/VBD the warring parties to stop.");
        assertThat(resolve(pair, "2024-11-22").stream().filter(x -> x.text().equals("the warring parties"))
                .map(ActorMention::country)).containsExactlyInAnyOrder("PER", "ECU");
    }

    @Test
    void twoStatesJoinedByAndAreThePairOfALaterPluralButPeopleComeFirst() {
        List<ActorMention> m = resolve("[COUNTRY Peru] and [COUNTRY Ecuador] signed a border accord after [COUNTRY Brazil] pressed them to settle. "
                + "The two countries will meet again.", "2022-09-14");
        assertThat(m.stream().filter(x -> x.text().equals("them")).map(ActorMention::country)).containsExactlyInAnyOrder("PER", "ECU");
        assertThat(m.stream().filter(x -> x.text().equals("The two countries")).map(ActorMention::country))
                .containsExactlyInAnyOrder("PER", "ECU");
        // a state named beside one person is no pair; a pair of people outranks an earlier pair of states
        List<ActorMention> p = resolve("[COUNTRY Peru] and [COUNTRY Ecuador] signed. [PERSON Keir Starmer] and [PERSON Emmanuel Macron] "
                + "met in [CITY Paris]. They said it was fine.", "2022-09-14");
        assertThat(p.stream().filter(x -> x.text().equals("They")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Keir Starmer", "Emmanuel Macron");
    }

    @Test
    void theyAfterAMeetingWithAPairAreAllWhoMetButTheTwoAreThePair() {
        List<ActorMention> m = resolve("[PERSON Keir Starmer] met/VBD with [PERSON Emmanuel Macron] and [PERSON Olaf Scholz] "
                + "and they agreed on aid. They will meet again. The two leaders/NNS spoke/VBD later.", "2022-09-14");
        assertThat(m.stream().filter(x -> x.text().equals("they")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Keir Starmer", "Emmanuel Macron", "Olaf Scholz");
        assertThat(m.stream().filter(x -> x.text().equals("They")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Keir Starmer", "Emmanuel Macron", "Olaf Scholz");
        assertThat(m.stream().filter(x -> x.text().equals("The two leaders")).map(ActorMention::name))
                .containsExactlyInAnyOrder("Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void theBlocAndTheAllianceReferToTheLatestInternationalBody() {
        List<ActorMention> m = resolve("The [ORGANIZATION European Union] met on Monday.\n"
                + "The bloc/NN imposed/VBD tariffs/NNS on [COUNTRY Peru] .\n"
                + "[ORGANIZATION NATO] met later.\n"
                + "The alliance/NN sent/VBD jets/NNS to [COUNTRY Chile] .", "2010-05-03");
        assertThat(only(m, "bloc").country()).isEqualTo("EUR");
        assertThat(only(m, "alliance").country()).isEqualTo("NATO");
    }

    @Test
    void theCouncilAndTheGroupAndAnAcronymReferToTheBodiesNamedBefore() {
        List<ActorMention> m = resolve("The [ORGANIZATION U.N. Security Council] met on Monday.\n"
                + "Envoys/NNS urged/VBD the council/NN to/TO act/VB .\n"
                + "[ORGANIZATION Hezbollah] attacked/VBD a/DT convoy/NN .\n"
                + "The group/NN said/VBD it would fight on.\n"
                + "The [ORGANIZATION Rapid Support Forces] seized/VBD a/DT town/NN .\n"
                + "Later/RB [ORGANIZATION RSF] withdrew/VBD .\n"
                + "The base/NN was/VBD empty/JJ .", "2010-05-03");
        assertThat(only(m, "council").country()).isEqualTo("UNO");
        assertThat(m.stream().filter(x -> x.text().equals("group")).map(ActorMention::country)).containsExactly("LBN");
        assertThat(m.stream().filter(x -> x.text().equals("RSF")).map(ActorMention::sentence)).containsExactly(5);
        assertThat(m).noneMatch(x -> x.text().equals("base"));
    }

    @Test
    void theOnlyTwoPeopleOfASentenceAreThePairALaterTheyMeans() {
        List<ActorMention> m = resolver.resolve(fixture("co-mentioned-pair.txt"), on("2024-11-22"));
        assertThat(m.stream().filter(x -> x.text().equals("They")).map(ActorMention::name))
                .containsExactlyInAnyOrder("David Lammy", "Jean-Noël Barrot");
        assertThat(m.stream().filter(x -> x.text().equals("the two foreign ministers")).map(ActorMention::name))
                .containsExactlyInAnyOrder("David Lammy", "Jean-Noël Barrot");
    }

    @Test
    void aPronounOutsideAQuotationIsNotSomeoneTheQuotationNames() {
        String text = "[PERSON Keir Starmer] spoke/VB to reporters/NNS .\n"
                + "“ We will stand/VB by [PERSON Emmanuel Macron] , ” he said/VB .";
        ActorMention he = only(resolve(text, "2024-08-01"), "he");
        assertThat(he.name()).isEqualTo("Keir Starmer");
    }

    @Test
    void aPronounContinuesThePreviousSentencesParsedSubjectNotItsFirstName() {
        AnnotatedArticle plain = article("Like [PERSON Emmanuel Macron] , [PERSON Keir Starmer] backed/VB the plan/NN .\n"
                + "He said/VB it would work/VB .");
        Sentence first = plain.sentences().get(0);
        // the parse: "backed" is the root, "Starmer" its subject
        Sentence parsed = new Sentence(first.index(), first.paragraph(), first.text(), first.begin(), first.end(),
                first.tokens(), null, List.of(new Dependency("root", -1, 6), new Dependency("nsubj", 6, 5)),
                first.entities(), first.times());
        AnnotatedArticle article = new AnnotatedArticle(plain.article(), List.of(parsed, plain.sentences().get(1)));
        ActorMention he = only(resolver.resolve(article, on("2024-08-01")), "He");
        assertThat(he.name()).isEqualTo("Keir Starmer");
    }

    @Test
    void theChiefMinisterIsThePersonEarlierNamedWithThatTitle() {
        String text = "[COUNTRY Pakistan] mourned/VB .\n"
                + "[STATE_OR_PROVINCE Punjab] Chief Minister [PERSON Ayesha Karim] visited/VB [CITY Lahore] .\n"
                + "The chief/NN minister/NN said/VB the line/NN was open/VB .";
        ActorMention later = only(resolve(text, "2025-03-14"), "chief minister");
        assertThat(later.name()).isEqualTo("Ayesha Karim");
    }

    @Test
    void theFormerMinisterIsTheFormerOfficialNamedEarlierNotTodaysHolder() {
        String text = "[PERSON Jean-Yves Le Drian] , a former/JJ minister/NN , spoke/VB on television/NN .\n"
                + "The former/JJ [NATIONALITY French] defence/NN minister/NN said/VB budgets/NNS were low/JJ .";
        ActorMention later = only(resolve(text, "2024-05-11"), "former French defence minister");
        assertThat(later.name()).isEqualTo("Jean-Yves Le Drian");
    }
}
