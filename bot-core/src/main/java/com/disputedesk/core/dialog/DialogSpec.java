package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dialog declared as data: its steps in order, and what happens when the member confirms the summary.
 *
 * @param id        stable id stored with the state ("intake")
 * @param command   the command that starts it, without the slash ("new"): told when a draft expired
 * @param title     the heading of the summary
 * @param steps     the questions, in order
 * @param onConfirm what confirming does, given the answers of the steps that apply
 */
public record DialogSpec(String id, String command, Step.Text title, List<Step<?>> steps, Completion onConfirm) {

    /** What a confirmed dialog does (open a case, say so). */
    @FunctionalInterface
    public interface Completion {
        void complete(Turn turn, Confirmed confirmed);
    }

    /**
     * A confirmed dialog.
     *
     * @param answers the answers of the steps that apply (skipped ones are {@link Answer.Skipped})
     * @param lines   the summary as the member confirmed it, one line per step that applies
     * @param ctx     the context at confirmation
     */
    public record Confirmed(Answers answers, List<Line> lines, StepContext ctx) {
        public Confirmed {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One field of the summary.
     *
     * @param stepId   the step
     * @param label    the field's name in the team's language
     * @param shown    the answer as shown
     * @param answered false when the member skipped it
     */
    public record Line(String stepId, String label, String shown, boolean answered) {
    }

    public DialogSpec {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a dialog needs steps");
        }
        if (steps.size() > DialogButton.MAX_INDEX + 1) {
            // Step indexes travel in button ids, three digits at most.
            throw new IllegalArgumentException("a dialog has at most " + (DialogButton.MAX_INDEX + 1) + " steps");
        }
        Set<String> ids = new HashSet<>();
        for (Step<?> s : steps) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two steps named " + s.id());
            }
        }
    }

    public Optional<Step<?>> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
