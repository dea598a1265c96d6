package com.disputedesk.core.dialog;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a member is in a dialog: at a question going forward, at the summary, or at a question reached from the
 * summary (editing a field), after which the dialog returns to the summary.
 */
public sealed interface Position permits Position.AtStep, Position.AtSummary, Position.Editing {

    /** The summary. */
    Position SUMMARY = new AtSummary();

    /** The step asked, or empty at the summary. */
    Optional<String> stepId();

    /** Answering the questions in order. */
    record AtStep(String step) implements Position {
        public AtStep {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public Optional<String> stepId() {
            return Optional.of(step);
        }
    }

    /** The summary is showing. */
    record AtSummary() implements Position {
        @Override
        public Optional<String> stepId() {
            return Optional.empty();
        }
    }

    /** A field asked again from the summary (or one still open at confirmation); the summary comes next. */
    record Editing(String step) implements Position {
        public Editing {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public Optional<String> stepId() {
            return Optional.of(step);
        }
    }
}
