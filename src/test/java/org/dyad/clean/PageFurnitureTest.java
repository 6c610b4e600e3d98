package org.dyad.clean;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTest {

    private static final String STORY = String.join("\n",
            "Harbour workers strike over pay in coastal city",
            "Dock workers in the port city walked off the job on Tuesday after talks over wages broke down late on Monday.",
            "The union said the strike would last until the port authority returned to the table with a new offer.",
            "Ships waiting to unload were turned away, and the authority warned of delays lasting into next week.");

    private static CleanArticle clean(String text) {
        return SharedCleaner.get().clean(new RawArticle("f", "f", text, false, null, null, null));
    }

    private static String withLines(String before, String between) {
        String[] l = STORY.split("\n");
        return before + "\n" + l[0] + "\n" + l[1] + "\n" + between + "\n" + l[2] + "\n" + l[3];
    }

    @ParameterizedTest
    @ValueSource(strings = {"Font size A A A", "125% Zoom", "• Night", "Currently Viewing:", "Posted: Edited:",
            "Please type your reply!", "Choose your edition"})
    void dropsReaderControlsLabelsAndPromptsByShape(String widget) {
        CleanArticle c = clean(withLines("Section", widget));
        assertThat(c.text().lines()).doesNotContain(widget).contains(STORY.split("\n")[1]);
        assertThat(c.removed()).extracting(RemovedLine::text).contains(widget);
    }

    @Test
    void dropsTheSitesOwnAppealInsideTheStory() {
        String appeal = "To get every update as it happens, subscribe to our alerts on the mobile app today.";
        CleanArticle c = clean(withLines("Section", appeal));
        assertThat(c.text()).doesNotContain(appeal);
    }

    @Test
    void keepsAQuotedAppealAndARealSubheading() {
        String quoted = "\"Follow us to the ministry,\" the union leader told the crowd outside the gates.";
        CleanArticle c = clean(withLines("Section", quoted + "\nTalks resume"));
        assertThat(c.text().lines()).contains(quoted, "Talks resume");
    }

    @Test
    void keepsTheHeadlineAndDropsSectionLabelsAboveIt() {
        CleanArticle c = clean("Business and Markets\nNow Playing:\n" + STORY);
        assertThat(c.title()).isEqualTo("Harbour workers strike over pay in coastal city");
        assertThat(c.removed()).extracting(RemovedLine::text).contains("Business and Markets", "Now Playing:");
    }

    @Test
    void dropsAnotherStorysHeadlineWithAKickerBetweenParagraphs() {
        String teaser = "Port dispute: Shipping firms count the cost of last winter's closures";
        CleanArticle c = clean(withLines("", teaser));
        assertThat(c.removed()).extracting(RemovedLine::text, RemovedLine::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(teaser, RemovalReason.RELATED_HEADLINES));
    }

    @Test
    void keepsATrailingLineThatHoldsASentenceEvenIfCutShort() {
        String cut = "The mayor declined to comment. She was";
        CleanArticle c = clean(STORY + "\n" + cut);
        assertThat(c.text().lines()).contains(cut);
    }

    @Test
    void dropsWirePhotoCaptionsByTheirShape() {
        String dated = "Dock workers hold banners outside the port authority building in the harbour district, on May 12, 2021.";
        String credited = "Workers gather at the gates of the container terminal before dawn. (AFP)";
        CleanArticle c = clean(withLines("", dated + "\n" + credited));
        assertThat(c.removed()).extracting(RemovedLine::reason).contains(RemovalReason.CAPTION);
        assertThat(c.text()).doesNotContain(dated).doesNotContain(credited);
    }

    @Test
    void keepsAListTheStoryAnnouncesWithAColonAfterTheLastParagraph() {
        String list = String.join("\n", "The union listed the ports joining the strike:",
                "Monday -- North Quay, Harbour City", "Tuesday -- East Basin, Riverton", "Friday -- Old Docks, Seaport");
        CleanArticle c = clean(STORY + "\n" + list);
        assertThat(c.text().lines()).contains("Tuesday -- East Basin, Riverton", "Friday -- Old Docks, Seaport");
    }
}
