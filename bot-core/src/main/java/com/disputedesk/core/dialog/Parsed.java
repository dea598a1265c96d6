package com.disputedesk.core.dialog;

import java.util.Optional;

/**
 * What a step's parser made of the member's text: a typed value, or a rejection.
 *
 * @param <T> the step's value type
 */
public sealed interface Parsed<T> permits Parsed.Accepted, Parsed.Rejected, Parsed.Questioned {

    /** The answer. */
    record Accepted<T>(T value) implements Parsed<T> {
    }

    /**
     * Not an answer; {@code why} says what was wrong when more can be said than the step's retry prompt, and
     * {@code whole} when it says all there is to say (the retry prompt is then left out).
     */
    record Rejected<T>(Optional<String> why, boolean whole) implements Parsed<T> {
        public Rejected(Optional<String> why) {
            this(why, false);
        }
    }

    /**
     * A possible answer, but an unusual one (an amount above the usual ceiling, a cost above the order amount):
     * the engine asks {@code question} and takes the value only when the member sends the same answer again.
     */
    record Questioned<T>(T value, String question) implements Parsed<T> {
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

    /** Not an answer, for a reason that is not the answer's form: {@code why} is said instead of the retry prompt. */
    static <T> Parsed<T> refused(String why) {
        return new Rejected<>(Optional.of(why), true);
    }

    static <T> Parsed<T> questioned(T value, String question) {
        return new Questioned<>(value, question);
    }
}
