package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.fixture;
import static org.dyad.actors.ArticleKit.on;
import static org.dyad.actors.SharedResolver.only;
import static org.dyad.actors.SharedResolver.resolve;

class ActorResolverTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(ActorMention::code).toList();
    }

    @Test
    void readsVictimsNamedByWhatTheyDoAsTheFocusCountrysCivilians() {
        List<ActorMention> m = resolve("Gunmen/NNS in [COUNTRY Chad] seized 20 villagers/NNS and 12 students/NNS .", "2024-03-01");
        assertThat(only(m, "villagers").code()).isEqualTo("TCDCVL");
        assertThat(only(m, "students").code()).isEqualTo("TCDCVL");
    }

    @Test
    void resolvesUnknownPeopleByTitleAndNationality() {
        List<ActorMention> m = resolver.resolve(fixture("unknown-titled-people.txt"), on("2025-03-12"));
        assertThat(only(m, "Defence Secretary John Healey").code()).isEqualTo("GBRGOV");
        ActorMention admiral = m.stream().filter(x -> x.name().endsWith("Tom Hardcastle")).findFirst().orElseThrow();
        assertThat(admiral.code()).isEqualTo("GBRMIL");
        assertThat(only(m, "Italian Foreign Minister Marco Bellini").code()).isEqualTo("ITAGOV");
        ActorMention later = only(m, "Bellini");
        assertThat(later.name()).isEqualTo("Marco Bellini");
        assertThat(later.code()).isEqualTo("ITAGOV");
        assertThat(only(m, "Ministry of Defence").code()).isEqualTo("GBRMIL");
    }

    @Test
    void resolvesACounterpartToTheSameOfficeInTheNamedCountry() {
        List<ActorMention> m = resolver.resolve(fixture("unknown-titled-people.txt"), on("2025-03-12"));
        ActorMention counterpart = only(m, "French counterpart");
        assertThat(counterpart.code()).isEqualTo("FRAGOV");
        assertThat(counterpart.name()).isEqualTo("Sébastien Lecornu");
    }

    @Test
    void outputsNoActorForPronounsSportsPeopleDatesOrCaptions() {
        List<ActorMention> m = resolver.resolve(fixture("noise.txt"), on("2023-03-10"));
        assertThat(m).noneMatch(x -> x.text().equals("It"));
        assertThat(m).noneMatch(x -> x.name().contains("Messi") || x.name().contains("Ronaldo") || x.name().contains("Jane"));
        assertThat(m).noneMatch(x -> x.name().contains("Obama"));
        assertThat(only(m, "Theresa May").code()).isEqualTo("GBRELI");
        assertThat(only(m, "she").name()).isEqualTo("Theresa May");
    }

    @Test
    void keepsOneMentionPerActorPreferringTheMostInformative() {
        List<ActorMention> m = resolver.resolve(fixture("summit-coreference.txt"), on("2023-03-10"));
        List<ActorMention> actors = ActorResolver.distinct(m);
        assertThat(actors.stream().map(ActorMention::name)).doesNotHaveDuplicates()
                .contains("Rishi Sunak", "Emmanuel Macron", "United Kingdom");
        assertThat(actors).filteredOn(a -> a.name().equals("Rishi Sunak")).allMatch(a -> a.kind() == ActorKind.PERSON);
    }

    @Test
    void resolvesFreePhrasesForSpeakers() {
        LocalDate day = LocalDate.of(2025, 3, 12);
        assertThat(resolver.resolvePhrase("a UK defence source", day).map(ActorMention::code)).contains("GBRMIL");
        assertThat(resolver.resolvePhrase("Putin's spokesman", day).map(ActorMention::code)).contains("RUSGOV");
        assertThat(resolver.resolvePhrase("Starmer’s official spokesman", day).map(ActorMention::code)).contains("GBRGOV");
        assertThat(resolver.resolvePhrase("Le Monde", day).map(ActorMention::code)).contains("FRAMED");
        assertThat(resolver.resolvePhrase("a senior European diplomat", day).map(ActorMention::country)).contains("EUR");
        assertThat(resolver.resolvePhrase("the Ministry of Defence", day)).isEmpty();
        assertThat(resolver.resolvePhrase("the Ministry of Defence", day, "GBR").map(ActorMention::code)).contains("GBRMIL");
        Optional<ActorMention> pm = resolver.resolvePhrase("the Prime Minister", day, "GBR");
        assertThat(pm.map(ActorMention::name)).contains("Keir Starmer");
        assertThat(resolver.resolvePhrase("John Smith", day)).isEmpty();
    }

    @Test
    void readsTitlesFromAppositionsPossessivesAndCountriesAfterTheTitle() {
        List<ActorMention> m = resolver.resolve(fixture("apposition.txt"), on("2025-03-12"));
        assertThat(m.stream().filter(x -> x.name().equals("Jean Dupont")).map(ActorMention::code)).containsOnly("FRAGOV");
        assertThat(m.stream().filter(x -> x.name().equals("Paolo Verdi")).map(ActorMention::code)).containsOnly("ITAGOV");
        assertThat(only(m, "Defence Ministry").code()).isEqualTo("ITAMIL");
        assertThat(m.stream().filter(x -> x.sentence() == 2 && x.kind() == ActorKind.PERSON).map(ActorMention::name))
                .containsOnly("Keir Starmer");
        assertThat(m.stream().filter(x -> x.name().equals("Boris Johnson")).map(ActorMention::code)).containsOnly("GBRELI");
        assertThat(m.stream().filter(x -> x.name().equals("Dmitry Peskov")).map(ActorMention::code)).containsOnly("RUSGOV");
        assertThat(m.stream().filter(x -> x.name().equals("Ivan Petrenko")).map(ActorMention::code)).containsOnly("UKRMIL");
    }

    @Test
    void takesAPersonsCountryAndSectorFromTheDescriptionAfterTheName() {
        String text = "[PERSON Maria Quispe] , [COUNTRY Peru] 's director/NN , spoke/VB .\n"
                + "[PERSON Anna Berg] , [ORGANIZATION UNICEF] 's director/NN , spoke/VB .";
        List<ActorMention> m = resolve(text, "2024-03-01");
        assertThat(only(m, "Maria Quispe").code()).isEqualTo("PERGOV");
        // an official of an international body is IGO of that body
        assertThat(only(m, "Anna Berg").code()).isEqualTo("UNOIGO");
    }

    @Test
    void givesUnplacedPeopleTheHomeCountryButNotAnalysts() {
        String text = "[COUNTRY Peru] held talks/NNS in [CITY Lima] with [COUNTRY Peru] 's neighbours/NNS .\n"
                + "[PERSON Rosa Huaman] said/VB the roads/NNS were closed/VB .\n"
                + "[PERSON Tom Reed] , an analyst/NN , said/VB the talks/NNS failed/VB .";
        List<ActorMention> m = resolve(text, "2024-03-01");
        assertThat(only(m, "Rosa Huaman").country()).isEqualTo("PER");
        assertThat(m).noneMatch(x -> x.text().equals("Tom Reed"));
    }

    @Test
    void givesGenericAgentsTheFocusCountryWhenTheSentenceNamesNone() {
        String text = "[COUNTRY Peru] faces/VB unrest/NN in [CITY Lima] , where [COUNTRY Peru] 's leaders/NNS met/VB .\n"
                + "Police/NNS arrested/VB dozens/NNS of protesters/NNS .\n"
                + "Gunmen/NNS abducted/VB two/CD farmers/NNS .\n"
                + "Workers/NNS blocked/VB the/DT port/NN .";
        List<ActorMention> m = resolve(text, "2024-03-01");
        assertThat(only(m, "Police").code()).isEqualTo("PERCOP");
        assertThat(only(m, "protesters").code()).isEqualTo("PERCVL");
        // an agent only the Phoenix dictionary lists, plural in -men: unidentified armed men of the focus country
        assertThat(only(m, "Gunmen").code()).isEqualTo("PERUAF");
        assertThat(only(m, "Workers").code()).isEqualTo("PERLAB");
    }

    @Test
    void givesEveryMentionOfOneEntityTheSameId() {
        String text = "[PERSON Rishi Sunak] spoke/VB in [COUNTRY France] .\nMr [PERSON Sunak] left/VB [COUNTRY France] .\nHe returned/VB .";
        List<ActorMention> m = resolve(text, "2023-06-01");
        ActorMention first = only(m, "Rishi Sunak");
        assertThat(first.entity()).isNotNull();
        assertThat(m.stream().filter(x -> "Rishi Sunak".equals(x.name())).map(ActorMention::entity)).containsOnly(first.entity());
        List<String> france = m.stream().filter(x -> "FRA".equals(x.country())).map(ActorMention::entity).distinct().toList();
        assertThat(france).hasSize(1).doesNotContain(first.entity());
    }

    @Test
    void keepsALowerCaseHyphenatedPartInTheName() {
        String text = "[TITLE President] [PERSON Moon Jae-in] met/VB officials/NNS .";
        ActorMention moon = only(resolve(text, "2018-01-10"), "President Moon Jae-in");
        assertThat(moon.name()).isEqualTo("Moon Jae-in");
        assertThat(moon.code()).isEqualTo("KORGOV");
    }

    @Test
    void givesMembersListedWithAGroupTitleItsSector() {
        String text = "[COUNTRY Bolivia] is/VB in crisis/NN .\n"
                + "[PERSON Evo Morales] accused/VB the opposition/NN leaders/NNS [PERSON Carlos Mesa] and [PERSON Luis Fernando Camacho] of plotting/VB .";
        List<ActorMention> m = resolve(text, "2019-11-12");
        assertThat(m.stream().filter(x -> x.name().equals("Luis Fernando Camacho")).map(ActorMention::code)).contains("BOLOPP");
        assertThat(m.stream().filter(x -> x.name().equals("Carlos Mesa")).map(ActorMention::code)).contains("BOLOPP");
    }

    @Test
    void aMinisterIsGovernmentWhateverThePolicyArea() {
        String text = "[COUNTRY Namibia] issues/VB permits/NNS .\n"
                + "[PERSON Tomas Haufiku] , minister/NN of fisheries/NN and forestry/NN , told/VB [ORGANIZATION Parliament] .";
        assertThat(only(resolve(text, "2025-03-14"), "Tomas Haufiku").code()).isEqualTo("NAMGOV");
    }

    @Test
    void anOrganisationsPossessiveOrAPlaceInItsNameGivesAPersonNoCountry() {
        String text = "[COUNTRY Peru] held/VB talks/NNS in [CITY Lima] with [COUNTRY Peru] 's neighbours/NNS .\n"
                + "[PERSON Ana Ruiz] , director/NN of the [ORGANIZATION Lima Policy Institute] , said/VB the talks/NNS failed/VB .\n"
                + "The [ORGANIZATION Andean Rights Project] 's [PERSON Luis Soto] said/VB they failed/VB .";
        List<ActorMention> m = resolve(text, "2024-03-01");
        assertThat(m).noneMatch(x -> x.text().contains("Ana Ruiz") || x.text().contains("Luis Soto"));
    }

    @Test
    void aPluralDemonymOfTheArticlesCountryIsItsPeopleNotItsState() {
        // the people can act against their own state ("Young Chileans marched against the government")
        String text = "Chile raised taxes. Young/JJ Chileans/NNPS marched against the government. Peruvians/NNPS cheered.";
        List<ActorMention> ms = resolve(text, "2024-05-01");
        ActorMention chileans = only(ms, "Chileans");
        assertThat(chileans.country()).isEqualTo("CHL");
        assertThat(chileans.sector()).isEqualTo("CVL");
        // a people of another country than the article's stays that nation's side
        ActorMention peruvians = only(ms, "Peruvians");
        assertThat(peruvians.country()).isEqualTo("PER");
        assertThat(peruvians.sector()).isNull();
    }

    @Test
    void aLegislatureOfTheDictionaryGivesItsMembersTheLegislativeSector() {
        assertThat(PhoenixActors.split("USAGOVLEG").sector()).isEqualTo("LEG");
        // a defence or trade minister's pair stays government
        assertThat(PhoenixActors.split("FRAGOVMIL").sector()).isEqualTo("GOV");
    }

    @Test
    void theBodyADescriptionNamesGivesTheBranch() {
        String text = "[PERSON Marta Quill] , [TITLE president] of [COUNTRY Chile] 's national/JJ assembly/NN , rejected the plan .";
        assertThat(only(resolve(text, "2024-05-11"), "Marta Quill").code()).isEqualTo("CHLLEG");
    }

    @Test
    void aPersonWhoSpeaksForAnOrganisationIsNotTheHomeCountrysActor() {
        String text = "[COUNTRY Peru] 's government/NN raised taxes .\n"
                + "[PERSON Tomas Verle] , owner/NN of [ORGANIZATION Verle Consulting] , said/VB growth was slow/JJ .";
        List<ActorMention> mentions = resolve(text, "2024-05-11");
        assertThat(mentions).extracting(ActorMention::name).doesNotContain("Tomas Verle");
        String local = "[COUNTRY Peru] 's government/NN raised taxes .\n"
                + "[PERSON Tomas Verle] said/VB growth was slow/JJ .";
        assertThat(only(resolve(local, "2024-05-11"), "Tomas Verle").country()).isEqualTo("PER");
    }

    @Test
    void aPlaceAnAnalystWorksOnIsNotWhoseHeIs() {
        String text = "[COUNTRY Peru] 's government/NN raised taxes .\n"
                + "[PERSON Tomas Verle] , an [TITLE adviser] on the [COUNTRY Chile] and [COUNTRY Bolivia] at the [ORGANIZATION Andes Policy Institute] , said/VB growth was slow/JJ .";
        // neither Chilean nor Bolivian: he speaks for the institute, so he is no state's actor
        assertThat(resolve(text, "2024-05-11")).extracting(ActorMention::name).contains("Chile").doesNotContain("Tomas Verle");
    }

    @Test
    void aLeaderOfAGangIsACriminalNotAnOfficial() {
        String text = "[COUNTRY Peru] 's government/NN raised taxes .\n"
                + "[PERSON Joel Brisk] , the [TITLE leader] of a local/JJ gang/NN , was/VB arrested .";
        assertThat(only(resolve(text, "2024-05-11"), "Joel Brisk").code()).isEqualTo("PERCRM");
    }

    @Test
    void theOfficialTheLedeDescribesIsThePersonTheNextSentenceOpensWith() {
        String text = "The [ORGANIZATION United Nations] [TITLE special envoy] for [COUNTRY Peru] urged/VB calm after the floods/NNS .\n"
                + "[PERSON Lina Marenkov] made/VB the appeal on Monday .\n"
                + "\"We cannot wait,\" [PERSON Marenkav] said/VB .";
        List<ActorMention> mentions = resolve(text, "2024-05-11");
        assertThat(only(mentions, "Lina Marenkov").code()).isEqualTo("UNOIGO");
        // the surname spelt with one vowel changed later is the same person
        assertThat(only(mentions, "Marenkav").name()).isEqualTo("Lina Marenkov");
    }

    @Test
    void aNameThatOpensALaterSentenceDoesNotTakeTheLedeOfficialsRole() {
        String text = "The [ORGANIZATION United Nations] [TITLE special envoy] for [COUNTRY Peru] urged/VB calm after the floods/NNS .\n"
                + "Roads were/VB closed across the south/NN .\n"
                + "[PERSON Lina Okafor] made/VB a film about it .";
        assertThat(only(resolve(text, "2024-05-11"), "Lina Okafor").code()).isEqualTo("PER");
    }

    @Test
    void namesUsExecutiveDepartmentsByTheirAcronyms() {
        assertThat(resolver.resolvePhrase("a DHS spokesperson", LocalDate.of(2025, 3, 1)).map(ActorMention::country)).contains("USA");
        assertThat(resolver.resolvePhrase("the Justice Department", LocalDate.of(2025, 3, 1)).map(ActorMention::country)).contains("USA");
    }

    @Test
    void aDescriptionOpeningTheSentenceBeforeTheNameGivesTheRole() {
        String text = "[COUNTRY Kenya] 's [TITLE deputy minister] for roads/NNS , [PERSON Amos Kiprono] , told/VB reporters/NNS the bridge was/VB closed .";
        assertThat(only(resolve(text, "2024-05-11"), "Amos Kiprono").code()).isEqualTo("KENGOV");
        // a clause before the comma describes nobody
        String clause = "[COUNTRY Peru] 's government/NN raised taxes .\n"
                + "[NATIONALITY Chilean] [TITLE officials] have/VB searched boats/NNS before , [PERSON Tomas Verle] said/VB .";
        assertThat(only(resolve(clause, "2024-05-11"), "Tomas Verle").code()).isEqualTo("PER");
    }

    @Test
    void codesCriminalGroupsAsCriminals() {
        List<ActorMention> m = resolve("[NATIONALITY Mexican] drug cartels attacked/VBD a police/NN convoy on Friday .", "2025-03-01");
        assertThat(codes(m)).contains("MEXCRM");
    }

    @Test
    void givesAColleagueTheCountryAndSectorOfThePersonTheyWorkWith() {
        String text = String.join("\n",
                "[COUNTRY Guinea] 's government/NN closed two radio stations on Monday .",
                "The journalist [PERSON Amara Diallo] was detained/VBN in [CITY Conakry] .",
                "In 2021 , he and his colleague [PERSON Sekou Bah] were questioned/VBN by police .");
        List<ActorMention> m = resolve(text, "2025-03-01");
        // the journalist's own code, not only the article's home country
        assertThat(only(m, "journalist Amara Diallo").code()).isEqualTo("GINMED");
        assertThat(only(m, "Sekou Bah").code()).isEqualTo("GINMED");
    }

    @Test
    void givesAnUnnamedSpeakerPlacedOnlyByTheAdjectiveOfABodyOfStatesNoCountry() {
        String text = String.join("\n",
                "[COUNTRY Norway] opened talks on fishing quotas on Tuesday.",
                "Ministers met in [CITY Oslo] to discuss the plan.");
        AnnotatedArticle a = article(text);
        ResolvedActors m = resolver.resolveAll(a, on("2025-03-01"));
        List<Quote> quotes = List.of(new Quote("We cannot sign this as it stands.", "a senior European negotiator", null, null, 0, 0),
                new Quote("The quotas will be cut by a third.", "an EU official", null, null, 1, 0),
                new Quote("The plan is ready for a vote.", "a Norwegian diplomat", null, null, 1, 0));
        List<Quote> out = resolver.speakers(quotes, a, m, on("2025-03-01"));
        // "European" says where the negotiator comes from, not which state or body they speak for; "EU" names the body
        assertThat(out).extracting(Quote::country).containsExactly(null, "EUR", "NOR");
    }

    @Test
    void givesAnUnnamedLocalTheCountryOfThePlaceTheArticleIntroducesThemIn() {
        String text = String.join("\n",
                "[COUNTRY Kenya] raised bread prices on Monday, and [COUNTRY Kenya] 's bakers closed early.",
                "A nurse in [CITY Nairobi] , who asked not to be named/VBN , described/VBD long queues.",
                "One trader from [CITY Kisumu] said prices had doubled.",
                "A pilot said the flights were full.");
        AnnotatedArticle a = article(text);
        ResolvedActors m = resolver.resolveAll(a, on("2025-03-01"));
        List<Quote> quotes = List.of(new Quote("We wait for hours every day now.", "the nurse", null, null, 1, 0),
                new Quote("Nobody can afford a loaf any more.", "one trader", null, null, 2, 0),
                new Quote("Everybody wants to leave at once.", "a pilot", null, null, 3, 0));
        List<Quote> out = resolver.speakers(quotes, a, m, on("2025-03-01"));
        // a capital the gazetteer knows gives its country; a town it does not know is a local one (the home country)
        assertThat(out).extracting(Quote::country).containsExactly("KEN", "KEN", null);
    }

    @Test
    void givesBareStateGroupsTheHomeCountryButNotThoseOwnedByAnotherPhrase() {
        String text = String.join("\n",
                "[COUNTRY Peru] 's government/NN raised fuel prices on Monday.",
                "Authorities/NNS arrested two union/NN leaders/NNS and a court/NN later froze their accounts.",
                "Defence/NN ministers/NNS from [COUNTRY Chile] and [COUNTRY Bolivia] met in the north.",
                "The appeal went to a [ORGANIZATION U.N.] rights/NNS court/NN in the end.");
        List<ActorMention> m = resolver.resolve(article(text), on("2025-03-01"));
        assertThat(only(m, "Authorities").code()).isEqualTo("PERGOV");
        assertThat(only(m, "court").code()).isEqualTo("PERJUD");
        // the ministers are Chile's and Bolivia's, the rights court the U.N.'s: neither is Peru's
        assertThat(m).extracting(ActorMention::text).doesNotContain("Defence ministers", "ministers", "rights court");
        assertThat(m.stream().filter(x -> "PER".equals(x.country())).map(ActorMention::text)).hasSize(3);
    }

    @Test
    void givesRelativesAndInternationalTeamsNoHomeCountry() {
        String text = String.join("\n",
                "[COUNTRY Kenya] 's government/NN raised bread prices, and [CITY Nairobi] defended the move.",
                "His daughter [PERSON Grace Wanjiru] said the family could not pay.",
                "[PERSON Paul Otieno] , who leads the family 's international legal team , said the case was weak.",
                "[PERSON Ruth Achieng] said the shops were empty.");
        List<ActorMention> m = resolver.resolve(article(text), on("2025-03-01"));
        assertThat(m).extracting(ActorMention::name).doesNotContain("Grace Wanjiru", "Paul Otieno");
        // a relative listed after the person ("X, his wife, NAME") is of the person's country
        String family = String.join("\n",
                "[COUNTRY Kenya] 's government/NN raised bread prices, and [CITY Nairobi] defended the move.",
                "The ban covers [NATIONALITY Ugandan] [TITLE minister] [PERSON Moses Kato] , his wife , [PERSON Esther Kato] , and his son , [PERSON Daniel Kato] .");
        List<ActorMention> f = resolver.resolve(article(family), on("2025-03-01"));
        assertThat(f.stream().filter(x -> "Esther Kato".equals(x.name())).map(ActorMention::country)).containsExactly("UGA");
        assertThat(f.stream().filter(x -> "Daniel Kato".equals(x.name())).map(ActorMention::country)).containsExactly("UGA");
        // a person the article places nowhere is still one of its home country's
        assertThat(only(m, "Ruth Achieng").country()).isEqualTo("KEN");
    }

    @Test
    void readsTheCountryOfANationalOrganisationAndOfANationalityBeforeAStatelessRole() {
        String text = String.join("\n",
                "[COUNTRY Peru] opened a new museum/NN in the north.",
                "[PERSON Elena Marquez] from the Spanish National Heritage Council said the finds were rare.",
                "[PERSON Chen Ming] , a Chinese student/NN at a university/NN in [COUNTRY Peru] , said he came for the finds.",
                "[PERSON Ana Flores] , a student/NN in Lima, said the museum was crowded.");
        List<ActorMention> m = resolver.resolve(article(text), on("2025-03-01"));
        assertThat(only(m, "Elena Marquez").country()).isEqualTo("ESP");
        assertThat(only(m, "Chen Ming").country()).isEqualTo("CHN");
        assertThat(m).extracting(ActorMention::name).doesNotContain("Ana Flores");
    }

    @Test
    void readsFormerMembersOfABodyAndDeputyTitlesThatAreNotLegislators() {
        String text = String.join("\n",
                "The court jailed former member of [COUNTRY Chile] 's Chamber of Deputies [PERSON Mario Soto] .",
                "Railway deputy controller [PERSON Javier Rojas] said the line was closed.");
        List<ActorMention> m = resolver.resolve(article(text), on("2025-03-01"));
        ActorMention soto = m.stream().filter(x -> "Mario Soto".equals(x.name())).findFirst().orElseThrow();
        assertThat(soto.code()).isEqualTo("CHLELI");
        ActorMention rojas = m.stream().filter(x -> "Javier Rojas".equals(x.name())).findFirst().orElseThrow();
        assertThat(rojas.sector()).isEqualTo("GOV");
    }

    @Test
    void readsANationalityStatedInARelativeClause() {
        String text = String.join("\n",
                "[COUNTRY Chile] tried a man for the attack.",
                "[PERSON Ivan Petrenko] , who is Ukrainian , told the court he acted alone.");
        List<ActorMention> m = resolver.resolve(article(text), on("2025-03-01"));
        assertThat(only(m, "Ivan Petrenko").country()).isEqualTo("UKR");
        String pair = String.join("\n",
                "[COUNTRY Chile] tried two men for the attack.",
                "[PERSON Ivan Petrenko] and [PERSON Oleg Marchuk] , both from [COUNTRY Ukraine] , denied the charges.");
        List<ActorMention> both = resolver.resolve(article(pair), on("2025-03-01"));
        assertThat(only(both, "Ivan Petrenko").country()).isEqualTo("UKR");
        assertThat(only(both, "Oleg Marchuk").country()).isEqualTo("UKR");
    }

    @Test
    void givesAGroupTitleOfSeveralCountriesToEachOfThem() {
        List<ActorMention> m = resolve("The foreign ministers of [COUNTRY Chile] and [COUNTRY Peru] met/VBD in [CITY Lima] on Monday .",
                "2025-03-01");
        // both ministers, not Chile's minister and the state of Peru
        assertThat(codes(m)).containsExactly("CHLGOV", "PERGOV");
    }
}
