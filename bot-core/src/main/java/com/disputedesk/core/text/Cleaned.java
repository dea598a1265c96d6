package com.disputedesk.core.text;

/** What {@link TextPolicy#clean} made of a member's text: the cleaned text, or why it was refused. */
public sealed interface Cleaned permits Cleaned.Clean, Cleaned.Refused {

    /** Text that passed: normalised, without invisible or control characters, within its field's length. */
    record Clean(String text) implements Cleaned {
    }

    /**
     * Text that did not pass.
     *
     * @param problem what was wrong
     * @param length  the cleaned text's length in code points
     * @param max     the field's limit in code points
     */
    record Refused(Problem problem, int length, int max) implements Cleaned {
    }

    /** Why text was refused. */
    enum Problem {
        /** Nothing visible was left after cleaning (empty, spaces, or only invisible or control characters). */
        BLANK,
        /** Longer than the field's limit after cleaning. */
        TOO_LONG
    }
}
