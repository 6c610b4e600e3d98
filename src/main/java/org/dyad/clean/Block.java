package org.dyad.clean;

/**
 * One line of input to classify: a plain-text line or an HTML block, with what the page structure
 * already says about it.
 */
record Block(String text, Hint hint) {

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
