package org.dyad.events.pattern;

/**
 * One element of the linearised clause structure the coder walks (PETRARCH's "ParseList"):
 * phrase brackets, words, and the brackets of noun phrases (NE) and compounds (NEC).
 */
final class Item {
    enum Kind { OPEN, CLOSE, WORD, NE_OPEN, NE_CLOSE, NEC_OPEN, NEC_CLOSE }

    final Kind kind;
    final String label;
    final Word word;
    final NounPhrase phrase;
    final int compoundId;

    private Item(Kind kind, String label, Word word, NounPhrase phrase, int compoundId) {
        this.kind = kind;
        this.label = label;
        this.word = word;
        this.phrase = phrase;
        this.compoundId = compoundId;
    }

    static Item open(String label) {
        return new Item(Kind.OPEN, label, null, null, -1);
    }

    static Item close(String label) {
        return new Item(Kind.CLOSE, label, null, null, -1);
    }

    static Item word(Word w, NounPhrase inPhrase) {
        return new Item(Kind.WORD, null, w, inPhrase, -1);
    }

    static Item neOpen(NounPhrase p) {
        return new Item(Kind.NE_OPEN, "NE", null, p, -1);
    }

    static Item neClose(NounPhrase p) {
        return new Item(Kind.NE_CLOSE, "NE", null, p, -1);
    }

    static Item necOpen(int id) {
        return new Item(Kind.NEC_OPEN, "NEC", null, null, id);
    }

    static Item necClose(int id) {
        return new Item(Kind.NEC_CLOSE, "NEC", null, null, id);
    }

    boolean opens() {
        return kind == Kind.OPEN || kind == Kind.NE_OPEN || kind == Kind.NEC_OPEN;
    }

    boolean closes() {
        return kind == Kind.CLOSE || kind == Kind.NE_CLOSE || kind == Kind.NEC_CLOSE;
    }

    boolean isOpen(String l) {
        return kind == Kind.OPEN && label.equals(l);
    }

    String text() {
        return word == null ? null : word.text();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case OPEN -> "(" + label;
            case CLOSE -> "~" + label;
            case WORD -> word.text();
            case NE_OPEN -> "(NE>" + phrase.code;
            case NE_CLOSE -> "~NE";
            case NEC_OPEN -> "(NEC" + compoundId;
            case NEC_CLOSE -> "~NEC" + compoundId;
        };
    }
}
