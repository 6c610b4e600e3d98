package org.dyad.clean;

/**
 * One line of input to classify: a plain-text line or an HTML block, with what the page structure
 * already says about it, and the share of its characters that are link text (0 for plain text):
 * a block that is mostly links is a menu or a list of other stories on any site.
 */
record Block(String text, Hint hint, double linkShare) {

    Block(String text, Hint hint) {
        this(text, hint, 0);
    }

    /** What the source structure says; plain-text lines are always {@link #BODY}. */
    enum Hint {
        /** Nothing known: the words decide. */
        BODY,
        /** An HTML heading (h1-h6) inside the article. */
        HEADING,
        /** Inside figcaption or a figure: a photo caption or credit. */
        CAPTION,
        /** Inside an aside or a related-stories container. */
        RELATED,
        /** Inside nav, share bars, menus or forms. */
        NAVIGATION
    }

    static Block body(String text) {
        return new Block(text, Hint.BODY);
    }
}
