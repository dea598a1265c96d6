package com.disputedesk.core.dialog;

import java.util.Objects;

/** What a step holds once the member moved past it: a value, or skipped (an optional step left out). */
public sealed interface Answer permits Answer.Given, Answer.Skipped {

    /** A value of the step's type, as its parser (or an option) made it. */
    record Given(Object value) implements Answer {
        public Given {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The member skipped the (optional) step. */
    record Skipped() implements Answer {
    }

    Answer SKIPPED = new Skipped();
}
