package org.dyad.actors;

import java.util.Locale;

/**
 * A person or group an article talks about, as coreference knows it: later mentions ("Mr Sunak", "the
 * Prime Minister", "he") point back to it. Mutable only inside one {@link ArticleResolution}.
 */
final class Entity {
    final String name;
    /** stable id within the article, given when first output ("e3") */
    String id;
    final String knownAs;
    String country;
    String sector;
    String office;
    boolean political;
    /** the country is only the article's home country, not said in any mention: a later context wins */
    boolean homeCountry;
    int lastSentence;
    /** the words of the titles the article named this person with ("commerce secretary"), folded */
    final java.util.Set<String> titleWords = new java.util.HashSet<>();

    Entity(String name, String knownAs, String country, String sector, String office, boolean political, int sentence) {
        this.name = name;
        this.knownAs = knownAs;
        this.country = country;
        this.sector = sector;
        this.office = office;
        this.political = political;
        this.lastSentence = sentence;
    }

    String surname() {
        String[] parts = Words.fold(name).split("\\s+");
        return parts[parts.length - 1];
    }

    /** True when a name as written ("Macron", "Mr Sunak", "Emmanuel Macron") can only mean this entity. */
    boolean answersTo(String written) {
        String f = Words.fold(written).replace(" - ", "-").toLowerCase(Locale.ROOT);
        if (f.equals(Words.fold(name)) || (knownAs != null && f.equals(Words.fold(knownAs)))) return true;
        String[] parts = f.split("\\s+");
        String last = parts[parts.length - 1];
        // "al-Rahim" after "Samir Rahim" (or the reverse): the Arabic article is written or left out
        return org.dyad.knowledge.SpeechWords.sameSurname(last, surname())
                && (parts.length == 1 || Words.fold(name).startsWith(parts[0]));
    }
}
