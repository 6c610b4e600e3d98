package org.dyad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.quotes.QuoteKit.annotate;
import static org.dyad.quotes.QuoteKit.attribute;
import static org.dyad.quotes.QuoteKit.fixture;
import static org.dyad.quotes.QuoteKit.mention;
import static org.dyad.quotes.QuoteKit.mentions;
import static org.dyad.quotes.QuoteKit.starting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dyad.actors.ResolvedActors;
import org.dyad.actors.Speakers;
import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.Quote;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Quotations and their speakers as the pipeline composes them: the quotes stage finds the quoted words
 * and the words naming who said them, the actors stage ({@link Speakers}) says whom those words mean.
 */
class QuotationAttributionTest {
    @Test
    void attributesBbcStyleToldTheBbcAndThePronounThatFollows() {
        AnnotatedArticle a = annotate(fixture("bbc_told_the_bbc"));
        List<ActorMention> m = new ArrayList<>(mentions(a, "Dmytro Kuleba", "Dmytro Kuleba", "UKR", "GOV", ActorKind.PERSON));
        m.add(mention(a, "he", 0, "Dmytro Kuleba", "UKR", "GOV", ActorKind.ANAPHOR));
        List<Quote> q = attribute(a, m);
        assertThat(q).extracting(Quote::speaker).containsExactly("Dmytro Kuleba", "Dmytro Kuleba");
        assertThat(q).extracting(Quote::country).containsOnly("UKR");
        assertThat(q.get(0).text()).isEqualTo("We will not negotiate with a gun to our head.");
    }

    @Test
    void resolvesHeToTheLastPersonNamedWhenTheActorsStageGaveNoMention() {
        AnnotatedArticle a = annotate(fixture("bbc_told_the_bbc"), "Dmytro", "Kuleba");
        List<Quote> q = attribute(a, List.of());
        assertThat(starting(q, "Every day").speaker()).isEqualTo("Dmytro Kuleba");
        assertThat(starting(q, "Every day").country()).isNull();
    }

    @Test
    void readsReutersInvertedSaidXTheMinisterAndItsContinuation() {
        AnnotatedArticle a = annotate(fixture("reuters_said_x_the_minister"));
        List<ActorMention> m = new ArrayList<>(mentions(a, "Boris Pistorius", "Boris Pistorius", "DEU", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Pistorius told", "Boris Pistorius", "DEU", "GOV", ActorKind.PERSON));
        List<Quote> q = attribute(a, m);
        assertThat(q).extracting(Quote::text).containsExactly("We are going to meet our commitments in full,",
                "Nobody should doubt that.", "This is a turning point for the whole alliance,");
        assertThat(q).extracting(Quote::speaker).containsOnly("Boris Pistorius");
        assertThat(q).extracting(Quote::sector).containsOnly("GOV");
    }

    @Test
    void expandsASurnameToTheFullNameTheResolutionGave() {
        AnnotatedArticle a = annotate(fixture("reuters_said_x_the_minister"));
        // the resolution named him in full once; the surname alone is not a mention of its own
        List<Quote> q = attribute(a, List.of(mention(a, "Boris Pistorius", 0, "Boris Pistorius", "DEU", "GOV", ActorKind.PERSON)));
        assertThat(starting(q, "This is a turning point").speaker()).isEqualTo("Boris Pistorius");
    }

    @Test
    void readsGuillemetsAndResolvesItToTheOrganisation() {
        AnnotatedArticle a = annotate(fixture("guillemets"));
        List<ActorMention> m = new ArrayList<>(mentions(a, "Emmanuel Macron", "Emmanuel Macron", "FRA", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Macron told", "Emmanuel Macron", "FRA", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Elysee", "Elysee", "FRA", "GOV", ActorKind.ORGANIZATION));
        List<Quote> q = attribute(a, m);
        assertThat(q).extracting(Quote::text).containsExactly("We will not let Russia win this war",
                "The two leaders agreed to meet again very soon");
        assertThat(q).extracting(Quote::speaker).containsExactly("Emmanuel Macron", "Elysee");
    }

    @Test
    void creditsAJointOpEdToBothAuthors() {
        AnnotatedArticle a = annotate(fixture("joint_op_ed"));
        List<ActorMention> m = new ArrayList<>(mentions(a, "Annalena Baerbock", "Annalena Baerbock", "DEU", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Radoslaw Sikorski", "Radoslaw Sikorski", "POL", "GOV", ActorKind.PERSON));
        List<Quote> q = attribute(a, m);
        assertThat(q.get(0).speaker()).isEqualTo("Annalena Baerbock and Radoslaw Sikorski");
        assertThat(q.get(0).country()).isEqualTo("DEU");
    }

    @Test
    void joinsTheNamesWhenTheActorsStageResolvesTheyToBothAuthors() {
        AnnotatedArticle a = annotate(fixture("joint_op_ed"));
        List<ActorMention> m = List.of(
                mention(a, "they", 0, "Annalena Baerbock", "DEU", "GOV", ActorKind.ANAPHOR),
                mention(a, "they", 0, "Radoslaw Sikorski", "POL", "GOV", ActorKind.ANAPHOR));
        List<Quote> q = attribute(a, m);
        assertThat(q.get(0).speaker()).isEqualTo("Annalena Baerbock and Radoslaw Sikorski");
    }

    @Test
    void creditsTheArticleAndThePublicationToTheOutletNamedEarlier() {
        AnnotatedArticle a = annotate(fixture("media_source"));
        List<ActorMention> m = mentions(a, "Financial Times", "Financial Times", "GBR", "MED", ActorKind.ORGANIZATION);
        List<Quote> q = attribute(a, m);
        assertThat(q).hasSize(2);
        assertThat(q).extracting(Quote::speaker).containsOnly("Financial Times");
        assertThat(q).extracting(Quote::country).containsOnly("GBR");
    }

    @Test
    void keepsAPossessedRoleAsWrittenWithItsOwnersCountry() {
        AnnotatedArticle a = annotate(fixture("spokesman_back_reference"));
        List<ActorMention> m = mentions(a, "Starmer", "Keir Starmer", "GBR", "GOV", ActorKind.PERSON);
        List<Quote> q = attribute(a, m);
        // whom the later "the spokesman" means is the resolution's to say (actors' SpeakerEntitiesTest)
        assertThat(q.get(0).speaker()).isEqualTo("Starmer's official spokesman");
        assertThat(q.get(0).country()).isEqualTo("GBR");
    }

    @Test
    void keepsAnAnonymousSourceAsWrittenWithNoCountry() {
        AnnotatedArticle a = annotate(fixture("anonymous_source"));
        List<Quote> q = attribute(a, List.of());
        assertThat(q).extracting(Quote::text).containsExactly("single chain of command for the mission", "need to try it all the same");
        assertThat(q.get(0).speaker()).isEqualTo("A senior Nordic envoy");
        assertThat(q).extracting(Quote::country).containsOnly((String) null);
    }

    @Test
    void handlesApStyleAppositionsAndAccordingTo() {
        AnnotatedArticle a = annotate(fixture("ap_style"));
        List<ActorMention> m = new ArrayList<>(mentions(a, "Joe Biden", "Joe Biden", "USA", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Biden said", "Joe Biden", "USA", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Mitch McConnell", "Mitch McConnell", "USA", "LEG", ActorKind.PERSON));
        m.addAll(mentions(a, "White House", "White House", "USA", "GOV", ActorKind.ORGANIZATION));
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "a very difficult road").speaker()).isEqualTo("Joe Biden");
        assertThat(starting(q, "We're going to get").speaker()).isEqualTo("Joe Biden");
        assertThat(starting(q, "But it's going").speaker()).isEqualTo("Joe Biden");
        assertThat(starting(q, "has no plan").speaker()).isEqualTo("Mitch McConnell");
        assertThat(starting(q, "has no plan").sector()).isEqualTo("LEG");
        assertThat(starting(q, "the president will sign").speaker()).isEqualTo("White House");
    }

    @Test
    void givesAQuoteParagraphWithoutAVerbToTheLastSpeaker() {
        AnnotatedArticle a = annotate(fixture("continued_paragraph"), "David", "Lammy");
        List<Quote> q = attribute(a, List.of(mention(a, "David Lammy", 0, "David Lammy", "GBR", "GOV", ActorKind.PERSON)));
        assertThat(q).extracting(Quote::speaker).containsExactly("David Lammy", "David Lammy");
    }

    @Test
    void usesTheActorsStageNameForATitle() {
        // who holds a title the article gave is the resolution's to say (see actors' SpeakerEntitiesTest)
        AnnotatedArticle a = annotate(fixture("title_holder"));
        assertThat(attribute(a, List.of()).get(1).speaker()).isEqualTo("The Prime Minister");
        List<ActorMention> m = List.of(mention(a, "The Prime Minister", 0, "Keir Starmer", "GBR", "GOV", ActorKind.PERSON));
        Quote pm = attribute(a, m).get(1);
        assertThat(pm.speaker()).isEqualTo("Keir Starmer");
        assertThat(pm.country()).isEqualTo("GBR");
    }

    @Test
    void givesAQuoteParagraphToWhoeverTheSentenceBeforeReportsSpeaking() {
        AnnotatedArticle a = annotate(fixture("reported_speech_then_quote_paragraph"));
        List<Quote> q = attribute(a, List.of());
        assertThat(q).extracting(Quote::speaker).containsExactly("Maria Lopez", "Carlos Ruiz");
    }

    @Test
    void recognisesAPairWhoseSurnameTheTaggersMissedThroughTheFullNameGivenEarlier() {
        AnnotatedArticle a = annotate(fixture("surname_missed_by_ner"), "Barrot");
        List<ActorMention> m = new ArrayList<>(mentions(a, "David Lammy", "David Lammy", "GBR", "GOV", ActorKind.PERSON));
        m.addAll(mentions(a, "Jean-Noel Barrot", "Jean-Noel Barrot", "FRA", "GOV", ActorKind.PERSON));
        List<Quote> q = attribute(a, m);
        assertThat(q.get(0).speaker()).isEqualTo("David Lammy and Jean-Noel Barrot");
        assertThat(q.get(0).country()).isEqualTo("GBR");
    }

    @Test
    void readsWireVariantsAfterTheQuote() {
        AnnotatedArticle a = annotate(fixture("wire_variants"));
        List<Quote> q = attribute(a, List.of());
        assertThat(starting(q, "Phone lines are down").speaker()).isEqualTo("Farid Rahmanzai");
        assertThat(starting(q, "The elders").speaker()).isEqualTo("Musa Kamara");
        assertThat(starting(q, "Calm will return").speaker()).isNotEqualTo("Analysts");
        assertThat(starting(q, "Most of all").speaker()).isEqualTo("Goran Petrovic");
        assertThat(starting(q, "everyone agrees").speaker()).isEqualTo("Ana Ruiz");
        assertThat(starting(q, "the start of a new chapter").speaker()).isEqualTo("Al-Rahim");
        assertThat(starting(q, "still had the money").speaker()).isEqualTo("The U.N. study");
        assertThat(starting(q, "both publics").speaker()).isEqualTo("Ilya Markov");
        assertThat(starting(q, "girls will not be written out").speaker()).isEqualTo("Zarmina Hotak");
    }

    @Test
    void readsAnOutletThatQuotesWithSingleMarks() {
        AnnotatedArticle a = annotate(fixture("single_quote_outlet"), "Cyril", "Ramaphosa");
        List<Quote> q = attribute(a, List.of());
        assertThat(q).extracting(Quote::text).containsExactly(
                "We will not rest until the lights stay on in every township and village,",
                "The crisis has gone on for far too long,");
        assertThat(q).extracting(Quote::speaker).containsOnly("Cyril Ramaphosa");
    }

    @Test
    void continuesTheSpeakerThroughAQuoteOpenedWithBut() {
        List<Quote> q = attribute(annotate(fixture("but_connective")), List.of());
        assertThat(q).extracting(Quote::speaker).containsExactly("Ali Wyne", "Ali Wyne");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (String f : List.of("ap_style", "guardian_multi_paragraph", "media_source", "joint_op_ed", "anonymous_source")) {
            articles.add(annotate(fixture(f)));
        }
        List<List<Quote>> expected = new ArrayList<>();
        for (AnnotatedArticle a : articles) expected.add(attribute(a, List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % articles.size();
                runs.add(pool.submit(() -> attribute(articles.get(k), List.of()).equals(expected.get(k))));
            }
            for (Future<Boolean> r : runs) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void givesTheStatementSaidToWhoeverIssuedTheStatement() {
        AnnotatedArticle a = annotate("“We will not sign the accord before the vote,” the Chilean interior ministry wrote in a statement on Friday.\n"
                + "“The talks must resume in the spring,” the statement said.\n"
                + "“Nobody has seen the final text yet,” the letter said.");
        List<ActorMention> m = List.of(mention(a, "Chilean interior ministry", 0, "Chilean interior ministry", "CHL", "GOV",
                ActorKind.ORGANIZATION));
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "The talks").speaker()).isEqualTo("Chilean interior ministry");
        assertThat(starting(q, "The talks").country()).isEqualTo("CHL");
        // no one was said to have written a letter
        assertThat(starting(q, "Nobody has seen").country()).isNull();
    }

    @Test
    void prefersTheCueAfterAQuoteToACrossheadRunIntoTheText() {
        AnnotatedArticle a = annotate("The ministry denied any delay. Talks continue “The delegations have met twice this week and will meet again,” "
                + "Special Envoy for Chile Ana Rojas said.");
        // the subject runs over the title's remit ("for Chile") to the name
        List<ActorMention> m = List.of(mention(a, "Ana Rojas", 0, "Ana Rojas", "UNO", "IGO", ActorKind.PERSON));
        assertThat(starting(attribute(a, m), "The delegations").speaker()).isEqualTo("Ana Rojas");
    }

    @Test
    void givesHerRemarksToTheWomanWhoseRemarksTheyAre() {
        AnnotatedArticle a = annotate("Okafor, in her Monday remarks, also raised trade, saying there are “deep and lasting gaps between "
                + "the two plans on tariffs.”");
        List<ActorMention> m = List.of(mention(a, "Okafor", 0, "Ngozi Okafor", "NGA", "GOV", ActorKind.PERSON));
        Quote q = starting(attribute(a, m), "deep and lasting");
        assertThat(q.speaker()).isEqualTo("Ngozi Okafor");
        assertThat(q.country()).isEqualTo("NGA");
    }

    @Test
    void readsCharacterizedAsAVerbOfSaying() {
        AnnotatedArticle a = annotate("The prisoners were held in cells that Okafor characterized as “cramped and airless” and "
                + "“a breach of the prison rules.”");
        List<ActorMention> m = List.of(mention(a, "Okafor", 0, "Ngozi Okafor", "NGA", "JUD", ActorKind.PERSON));
        assertThat(starting(attribute(a, m), "a breach").speaker()).isEqualTo("Ngozi Okafor");
    }

    @Test
    void rejectsSentencesThatRunPastTheText() {
        AnnotatedArticle good = annotate("He said: \"one two three four five.\"");
        CleanArticle shorter = new CleanArticle("t", "test", null, "en", null, null, null, null, "He said", List.of());
        List<Sentence> sentences = good.sentences();
        assertThatThrownBy(() -> attribute(new AnnotatedArticle(shorter, sentences), List.of()))
                .isInstanceOf(ArticleException.class);
    }

    @Test
    void attributesInterviewTurnsToTheirLabelledSpeaker() {
        String text = "The envoy spoke to us. Here is the interview.\n"
                + "Radio: What did you discuss? Jane Doe, former envoy to the region: We discussed trade and the border at length.\n"
                + "Radio: And the talks? Doe: The talks will go on next month, I am sure of it.\n"
                + "Radio: Anything else? Doe: Nothing more to add on that subject today.";
        AnnotatedArticle a = annotate(text, "Jane", "Doe");
        List<ActorMention> m = new ArrayList<>(mentions(a, "Jane Doe", "Jane Doe", "GBR", "ELI", ActorKind.PERSON));
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "We discussed trade").speaker()).isEqualTo("Jane Doe");
        assertThat(starting(q, "The talks will go on").speaker()).isEqualTo("Jane Doe");
        assertThat(starting(q, "The talks will go on").country()).isEqualTo("GBR");
    }

    @Test
    void aSentenceEndingInAColonIntroducesTheQuoteWithItsParsedSubject() {
        AnnotatedArticle plain = annotate("Amina Diallo, the trade minister, released the following statement:\n"
                + "“Nobody signs a tariff deal while the border stays shut.”", "Amina", "Diallo");
        Sentence first = plain.sentences().get(0);
        // the parse: "issued" is the root, "Diallo" its subject
        Sentence parsed = new Sentence(first.index(), first.paragraph(), first.text(), first.begin(), first.end(),
                first.tokens(), null, List.of(new org.dyad.article.Dependency("root", -1, 7),
                new org.dyad.article.Dependency("nsubj", 7, 1)), first.entities(), first.times());
        List<Sentence> sentences = new ArrayList<>(plain.sentences());
        sentences.set(0, parsed);
        AnnotatedArticle a = new AnnotatedArticle(plain.article(), sentences);
        List<ActorMention> m = mentions(a, "Amina Diallo", "Amina Diallo", "SEN", "GOV", ActorKind.PERSON);
        Quote q = starting(attribute(a, m), "Nobody signs");
        assertThat(q.speaker()).isEqualTo("Amina Diallo");
        assertThat(q.country()).isEqualTo("SEN");
    }

    @Test
    void aSpeakersNameDropsTheOrganisationsPossessiveBeforeIt() {
        AnnotatedArticle a = annotate("“We will appeal the ruling at once,” said the Andean Rights Project's Luis Soto.",
                "Luis", "Soto");
        assertThat(starting(attribute(a, List.of()), "We will appeal").speaker()).isEqualTo("Luis Soto");
    }

    @Test
    void heIsTheUncodedPersonNamedFirstNotAnActorNamedLaterInTheSentence() {
        AnnotatedArticle a = annotate("Orla Venn, a fellow at the Harbour Policy Institute, calls Marek Dobrin a cautious leader.\n\n"
                + "\"The reforms have stalled and nobody in the capital wants to admit it,\" she said.", "Orla", "Venn", "Marek", "Dobrin");
        // the actors stage coded the leader and not the analyst, who speaks for no state, yet named both
        List<ActorMention> m = mentions(a, "Marek Dobrin", "Marek Dobrin", "SVK", "GOV", ActorKind.PERSON);
        List<ActorMention> people = new ArrayList<>(m);
        people.add(mention(a, "Orla Venn", 0, "Orla Venn", null, null, ActorKind.PERSON));
        Quote q = starting(attribute(a, new ResolvedActors(m, people)), "The reforms");
        assertThat(q.speaker()).isEqualTo("Orla Venn");
        assertThat(q.country()).isNull();
    }

    @Test
    void heAddedContinuesTheSpeakerJustQuotedNotThePersonTheSentenceOpenedWith() {
        String text = "Okafor's detention \"has frightened every reporter in the city,\" Bello told reporters. "
                + "It is \"a warning to the whole profession,\" he added.";
        AnnotatedArticle a = annotate(text, "Okafor", "Bello");
        List<ActorMention> m = new ArrayList<>(mentions(a, "Okafor", "Ade Okafor", "NGA", "MED", ActorKind.PERSON));
        m.addAll(mentions(a, "Bello", "Musa Bello", "NGA", null, ActorKind.PERSON));
        // the actors stage gave "he" the sentence's first person
        m.add(mention(a, "he", 0, "Ade Okafor", "NGA", "MED", ActorKind.ANAPHOR));
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "a warning").speaker()).isEqualTo("Musa Bello");
    }

    @Test
    void theOfficialRightAfterANamedOfficialsQuoteIsThatOfficial() {
        String text = "\"The bridge is closed until further notice,\" Tariq Aziz, the district roads superintendent, told reporters. "
                + "\"Nobody can reach the villages on the other side,\" the roads official said.";
        AnnotatedArticle a = annotate(text, "Tariq", "Aziz");
        List<ActorMention> m = mentions(a, "Tariq Aziz", "Tariq Aziz", "PAK", "GOV", ActorKind.PERSON);
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "Nobody can reach").speaker()).isEqualTo("Tariq Aziz");
        assertThat(starting(q, "Nobody can reach").country()).isEqualTo("PAK");
    }

    @Test
    void matchesASurnameWrittenWithAndWithoutItsArabicArticle() {
        String text = "\"The courts must stay independent of the palace,\" said Omar al-Hakim, who heads a lawyers' union. "
                + "\"Every citizen deserves a fair hearing before a judge,\" al-Hakim said.";
        AnnotatedArticle a = annotate(text, "Omar", "Hakim");
        // the actors stage named him without the article, as a tokenizer that splits "al-" off gives it
        List<ActorMention> m = mentions(a, "Omar al-Hakim", "Omar Hakim", "JOR", null, ActorKind.PERSON);
        List<Quote> q = attribute(a, m);
        assertThat(starting(q, "Every citizen").speaker()).isEqualTo("Omar Hakim");
        assertThat(starting(q, "Every citizen").country()).isEqualTo("JOR");
    }

    @Test
    void takesTheSpeakerFromTheNextSentenceWhenItGoesOnAdding() {
        String text = "Pay talks with the nurses' union broke down on Monday.\n"
                + "\"The offer is fair. Nobody can ask for more.\" Doe said, adding that the board would meet again in the spring to review it.";
        AnnotatedArticle a = annotate(text, "Doe");
        // a long sentence after the quote is usually a new statement, but "said, adding" goes on attributing
        assertThat(starting(attribute(a, List.of()), "The offer is fair").speaker()).isEqualTo("Doe");
    }

    @Test
    void givesTheWordsOfALetterToWhoeverSentIt() {
        AnnotatedArticle plain = annotate("Harbour fees rose again in March.\n"
                + "The mayors of three port towns sent a letter to the transport minister on Friday, urging her "
                + "\"to reopen the northern ferry line before the summer season starts.\"");
        // the tagger's reading: "sent" is a finite verb
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : plain.sentences()) {
            List<org.dyad.article.Token> tokens = new ArrayList<>();
            for (org.dyad.article.Token t : s.tokens())
                tokens.add(new org.dyad.article.Token(t.index(), t.word(), t.lemma(), t.word().equals("sent") ? "VBD" : null,
                        t.ner(), null, t.begin(), t.end()));
            sentences.add(new Sentence(s.index(), s.paragraph(), s.text(), s.begin(), s.end(), tokens, null, List.of(),
                    s.entities(), s.times()));
        }
        AnnotatedArticle a = new AnnotatedArticle(plain.article(), sentences);
        assertThat(starting(attribute(a, List.of()), "to reopen").speaker()).isEqualTo("The mayors of three port towns");
    }

    @Test
    void givesAStanceTakenWithAsToItsHolder() {
        AnnotatedArticle a = annotate("The new rules on street vendors took effect on Monday.\n"
                + "Doe sees the rules as a blow to \"the poorest traders in every market town.\"", "Doe");
        assertThat(starting(attribute(a, List.of()), "the poorest traders").speaker()).isEqualTo("Doe");
    }

    @Test
    void givesAReportsWordsToItsAuthor() {
        AnnotatedArticle a = annotate("River levels fell for a third month.\n"
                + "According to a study by Delta Water Watch, the dams hold back \"far more than the farms downstream can spare.\"");
        assertThat(starting(attribute(a, List.of()), "far more than").speaker()).isEqualTo("Delta Water Watch");
    }
}
