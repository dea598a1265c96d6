package com.disputedesk.core.dialog;

import java.util.Optional;

/**
 * What a step's parser made of the member's text: a typed value, or a rejection.
 *
 * @param <T> the step's value type
 */
public sealed interface Parsed<T> permits Parsed.Accepted, Parsed.Rejected {

    /** The answer. */
    record Accepted<T>(T value) implements Parsed<T> {
    }

    /** Not an answer; {@code why} says what was wrong when more can be said than the step's retry prompt. */
    record Rejected<T>(Optional<String> why) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Accepted<>(value);
    }

    static <T> Parsed<T> rejected() {
        return new Rejected<>(Optional.empty());
    }

    static <T> Parsed<T> rejected(String why) {
        return new Rejected<>(Optional.of(why));
    }
}
