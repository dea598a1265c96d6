package com.disputedesk.core.text;

/**
 * What one free-text field takes: at most {@code maxLength} code points after cleaning, on one line or several.
 * A dialog step or a command argument declares one; {@link TextPolicy#clean} enforces it.
 *
 * @param maxLength the most code points the cleaned text may have (at least 1)
 * @param multiline whether line breaks are kept ({@code \n}); on a one-line field they become spaces
 */
public record TextField(int maxLength, boolean multiline) {
    /** Free text, such as a note or a counter-offer message: up to 1000 code points over several lines. */
    public static final TextField FREE_TEXT = lines(1000);
    /** A short answer, such as an option typed by name: up to 200 code points on one line. */
    public static final TextField SHORT = line(200);

    public TextField {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a field takes at least one character: " + maxLength);
        }
    }

    /** A one-line field of at most {@code maxLength} code points. */
    public static TextField line(int maxLength) {
        return new TextField(maxLength, false);
    }

    /** A field of at most {@code maxLength} code points that keeps line breaks. */
    public static TextField lines(int maxLength) {
        return new TextField(maxLength, true);
    }
}
