package com.disputedesk.core.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of a dialog so far, read by typed keys: {@code answers.get(ORDER_AMOUNT)} is an
 * {@code Optional<Money>}. A step the member skipped holds {@link Answer.Skipped}; a step never asked has no
 * entry.
 */
public final class Answers {
    private final Map<String, Answer> byStep;

    private Answers(Map<String, Answer> byStep) {
        this.byStep = Collections.unmodifiableMap(new LinkedHashMap<>(byStep));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** The value of a step when it was answered (not skipped, not unasked). */
    public <T> Optional<T> get(StepKey<T> key) {
        if (byStep.get(key.id()) instanceof Answer.Given given) {
            // Only the step declared with this key writes its value, always of the key's type.
            @SuppressWarnings("unchecked")
            T value = (T) given.value();
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** What the step holds, if it was answered or skipped. */
    public Optional<Answer> answer(String stepId) {
        return Optional.ofNullable(byStep.get(stepId));
    }

    /** Whether the step was answered or skipped. */
    public boolean has(String stepId) {
        return byStep.containsKey(stepId);
    }

    public boolean skipped(String stepId) {
        return byStep.get(stepId) instanceof Answer.Skipped;
    }

    /** These answers with {@code value} as the answer of {@code key}. */
    public <T> Answers with(StepKey<T> key, T value) {
        return with(key.id(), new Answer.Given(value));
    }

    /** These answers with the step holding {@code answer}. */
    public Answers with(String stepId, Answer answer) {
        Map<String, Answer> m = new LinkedHashMap<>(byStep);
        m.put(stepId, answer);
        return new Answers(m);
    }

    public Answers without(String stepId) {
        Map<String, Answer> m = new LinkedHashMap<>(byStep);
        m.remove(stepId);
        return new Answers(m);
    }

    /** Every answer by step id, in the order given. */
    public Map<String, Answer> byStep() {
        return byStep;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && a.byStep.equals(byStep);
    }

    @Override
    public int hashCode() {
        return byStep.hashCode();
    }

    @Override
    public String toString() {
        return byStep.toString();
    }
}
