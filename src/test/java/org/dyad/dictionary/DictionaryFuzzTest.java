package org.dyad.dictionary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.LocalDate;
import java.util.List;

/**
 * Fuzz targets of the dictionary readers (Jazzer; see {@code .ci/fuzz}): a user's dictionary file
 * in the PETRARCH formats may be anything; reading it must either work or fail with the documented
 * IllegalArgumentException / IllegalStateException that names the problem, never anything else.
 */
class DictionaryFuzzTest {
    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    @FuzzTest(maxDuration = "20s")
    void actorDictionary(FuzzedDataProvider data) {
        String text = data.consumeString(4000);
        List<String> words = lines(data.consumeRemainingAsString()).stream().map(String::toUpperCase).toList();
        try {
            ActorDictionary d = ActorDictionary.fromLines(lines(text));
            d.find(words, LocalDate.of(2020, 1, 1));
            for (int i = 0; i < words.size(); i++) d.match(words, i, LocalDate.of(2010, 6, 1));
        } catch (IllegalArgumentException | IllegalStateException documented) {
            // a malformed dictionary is a set-up error with a message
        }
    }

    /** Found by fuzzing (crash input kept under DictionaryFuzzTestInputs/actorDictionary/): a name of underscores only. */
    @org.junit.jupiter.api.Test
    void aNameOfUnderscoresAloneIsSkippedNotACrash() {
        ActorDictionary d = ActorDictionary.fromLines(List.of("__", "KENYA [KEN]"));
        org.assertj.core.api.Assertions.assertThat(d.find(List.of("KENYA"), LocalDate.of(2020, 1, 1))).isPresent();
    }

    /** Found by fuzzing (crash input kept under DictionaryFuzzTestInputs/verbDictionary/): an empty verb root. */
    @org.junit.jupiter.api.Test
    void anEmptyVerbRootHasNoFormsNotACrash() {
        org.assertj.core.api.Assertions.assertThat(VerbDictionary.regularForms("")).isEmpty();
    }

    @FuzzTest(maxDuration = "20s")
    void agentDictionary(String text) {
        if (text == null) return; // Jazzer also tries null

        try {
            AgentDictionary d = AgentDictionary.fromLines(lines(text));
            d.codeFor(text.length() > 40 ? text.substring(0, 40) : text);
        } catch (IllegalArgumentException | IllegalStateException documented) {
            // a malformed dictionary is a set-up error with a message
        }
    }

    @FuzzTest(maxDuration = "20s")
    void verbDictionary(String text) {
        if (text == null) return; // Jazzer also tries null

        try {
            VerbDictionary d = VerbDictionary.fromLines(lines(text));
            d.forms("SAY");
        } catch (IllegalArgumentException | IllegalStateException documented) {
            // a malformed dictionary is a set-up error with a message
        }
    }
}
