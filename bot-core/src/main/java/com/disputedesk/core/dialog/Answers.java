package com.disputedesk.core.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of a dialog so far: one canonical string per step id, in the order given. A step skipped by the
 * member holds {@link #SKIPPED}; a step never asked has no entry.
 */
public final class Answers {
    /** What a skipped optional step holds. */
    public static final String SKIPPED = "";

    private final Map<String, String> byStep;

    public Answers(Map<String, String> byStep) {
        this.byStep = Collections.unmodifiableMap(new LinkedHashMap<>(byStep));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** The answer of a step when it was answered (not skipped, not unasked). */
    public Optional<String> get(String stepId) {
        String v = byStep.get(stepId);
        return v == null || v.equals(SKIPPED) ? Optional.empty() : Optional.of(v);
    }

    /** The answer of a step, or {@code fallback} when it was skipped or never asked. */
    public String getOr(String stepId, String fallback) {
        return get(stepId).orElse(fallback);
    }

    /** Whether the step was answered or skipped. */
    public boolean has(String stepId) {
        return byStep.containsKey(stepId);
    }

    public boolean skipped(String stepId) {
        return SKIPPED.equals(byStep.get(stepId));
    }

    public Answers with(String stepId, String canonical) {
        Map<String, String> m = new LinkedHashMap<>(byStep);
        m.put(stepId, canonical);
        return new Answers(m);
    }

    public Answers without(String stepId) {
        Map<String, String> m = new LinkedHashMap<>(byStep);
        m.remove(stepId);
        return new Answers(m);
    }

    /** The answers as stored: step id to canonical string. */
    public Map<String, String> asMap() {
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
