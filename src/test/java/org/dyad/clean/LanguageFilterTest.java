package org.dyad.clean;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovalReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Paragraphs in another language are dropped with their language; English lines full of foreign words stay. */
class LanguageFilterTest {

    private static final String ENGLISH = String.join("\n",
            "Leaders meet in Brussels to discuss Ukraine aid",
            "European Union leaders met in Brussels on Thursday to discuss a new package of military and financial aid for Ukraine.",
            "The summit was also expected to address migration and the bloc's enlargement to the Western Balkans.",
            "Officials said a final agreement could come as early as next week.");

    private static CleanArticle clean(String inserted) {
        String[] lines = ENGLISH.split("\n");
        String text = lines[0] + "\n" + lines[1] + "\n" + inserted + "\n" + lines[2] + "\n" + lines[3];
        return SharedCleaner.get().clean(new RawArticle("l", "l", text, false, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Le gouvernement français a annoncé jeudi une nouvelle aide militaire pour l'Ukraine, selon le ministère des Armées.",
            "de|Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, die auch den Energiesektor betreffen.",
            "es|El presidente del Gobierno anunció que España enviará más tanques a Ucrania para reforzar su defensa.",
            "it|Il governo italiano ha approvato un nuovo pacchetto di aiuti per l'Ucraina che sarà inviato entro la fine del mese.",
            "pt|O governo português anunciou que vai enviar mais ajuda humanitária para a Ucrânia nas próximas semanas.",
            "pl|Polski rząd poinformował, że granica z Białorusią zostanie zamknięta dla ruchu towarowego od przyszłego tygodnia.",
            "nl|Het kabinet heeft besloten om extra geld vrij te maken voor de wederopbouw van Oekraïne, zo werd dinsdag bekendgemaakt.",
            "tr|Dışişleri Bakanlığı, Ukrayna ile Rusya arasındaki tahıl anlaşmasının uzatılması için görüşmelerin sürdüğünü açıkladı.",
            "ru|Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам.",
            "uk|Міністр закордонних справ України провів переговори з польським колегою у Варшаві.",
            "ar|قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل في العاصمة",
            "zh|外交部发言人表示，双方将继续就乌克兰问题保持沟通。",
            "ja|岸田首相は記者団に対し、ウクライナへの支援を続ける考えを示した。"})
    void dropsParagraphInAnotherLanguage(String code, String paragraph) {
        CleanArticle clean = clean(paragraph);
        assertThat(clean.language()).isEqualTo("en");
        assertThat(clean.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RemovalReason.LANGUAGE);
            assertThat(r.language()).isEqualTo(code);
            assertThat(r.text()).isEqualTo(paragraph);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jean-Noël Barrot, Sébastien Lecornu, Radosław Sikorski and Annalena Baerbock",
            "Défense Conseil International (DCI)",
            "“Nous sommes prêts,” Macron said on Friday.",
            "Le Figaro says so, quoting two officials.",
            "Volodymyr Zelenskyy, Oleksandr Syrskyi, Rustem Umerov",
            "The crowd chanted “Slava Ukraini” as the convoy passed through the square in Kyiv.",
            "Gram Panchayat heads are the backbone of village life: Minister"})
    void keepsEnglishLinesWithForeignWords(String line) {
        CleanArticle clean = clean(line);
        assertThat(clean.text().lines()).contains(line);
        assertThat(clean.removed()).isEmpty();
    }
}
