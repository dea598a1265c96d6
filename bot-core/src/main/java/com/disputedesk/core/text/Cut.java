package com.disputedesk.core.text;

/**
 * Cutting text to a platform's length limit without splitting a character: limits are counted in UTF-16 units
 * (what Java's length and the platforms' counters agree on at worst), but a cut never falls between the two halves
 * of a surrogate pair, which would leave half an emoji that Discord and Telegram refuse.
 */
public final class Cut {
    private static final String ELLIPSIS = "\u2026";

    private Cut() {
    }

    /** The largest index at or before {@code index} that does not split a surrogate pair of {@code text}. */
    public static int boundary(CharSequence text, int index) {
        if (index <= 0 || index >= text.length()) {
            return Math.max(0, Math.min(index, text.length()));
        }
        return Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index))
                ? index - 1 : index;
    }

    /** {@code text} cut to at most {@code max} UTF-16 units, at a character boundary. */
    public static String prefix(String text, int max) {
        return text.length() <= max ? text : text.substring(0, boundary(text, max));
    }

    /** {@code text} cut to at most {@code max} UTF-16 units, ending in an ellipsis when it was cut. */
    public static String shortened(String text, int max) {
        return text.length() <= max ? text : prefix(text, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
