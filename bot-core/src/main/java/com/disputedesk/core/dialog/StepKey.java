package com.disputedesk.core.dialog;

import java.util.Objects;
import java.util.Set;

/**
 * The typed name of a step's answer: {@code answers.get(ORDER_AMOUNT)} is an {@code Optional<Money>}. The id is
 * the key of the answer in the stored draft (short ASCII); the codec keeps the value there.
 *
 * @param id    stable id of the step
 * @param codec how the value is stored
 * @param <T>   the answer's type
 */
public record StepKey<T>(String id, Codec<T> codec) {

    public StepKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(codec, "codec");
        if (!id.matches("[a-z][a-zA-Z0-9]{0,15}")) {
            throw new IllegalArgumentException("step ids are short ASCII words: " + id);
        }
    }

    public static <T> StepKey<T> of(String id, Codec<T> codec) {
        return new StepKey<>(id, codec);
    }

    /** The key of a multi-select step whose options' values are kept by {@code element}. */
    public static <V> StepKey<Set<V>> setOf(String id, Codec<V> element) {
        return new StepKey<>(id, new SetCodec<>(element));
    }
}
