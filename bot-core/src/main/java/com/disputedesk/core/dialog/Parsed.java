package com.disputedesk.core.dialog;

import java.util.Optional;

/** What a step's parser made of the member's text: a canonical value to store, or a rejection. */
public sealed interface Parsed permits Parsed.Accepted, Parsed.Rejected {

    /** The answer, in the canonical form the step stores and can parse again. */
    record Accepted(String canonical) implements Parsed {
    }

    /** Not an answer; {@code why} says what was wrong when more can be said than the step's retry prompt. */
    record Rejected(Optional<String> why) implements Parsed {
    }

    static Parsed ok(String canonical) {
        return new Accepted(canonical);
    }

    static Parsed rejected() {
        return new Rejected(Optional.empty());
    }

    static Parsed rejected(String why) {
        return new Rejected(Optional.of(why));
    }
}
