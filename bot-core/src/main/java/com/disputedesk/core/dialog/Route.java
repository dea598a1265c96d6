package com.disputedesk.core.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a dialog goes next, as functions of its definition and answers: forward, back, the first question
 * still open, and which later answers an edit made unusable.
 */
final class Route {

    private Route() {
    }

    /**
     * Where the dialog goes after step {@code from}: the next step that applies; when editing from the summary
     * (or past the last step), the first that applies and has no answer yet, still editing; else the summary.
     */
    static Position next(DialogSpec spec, Answers answers, int from, boolean editing) {
        if (!editing) {
            for (int i = from + 1; i < spec.steps().size(); i++) {
                if (spec.steps().get(i).appliesWhen().test(answers)) {
                    return new Position.AtStep(spec.steps().get(i).id());
                }
            }
        }
        return firstOpen(spec, answers)
                .map(id -> editing ? (Position) new Position.Editing(id) : new Position.AtStep(id))
                .orElse(Position.SUMMARY);
    }

    /** Where a dialog sent back to the summary goes: the first question still open, as an edit, or the summary. */
    static Position summaryOrOpen(DialogSpec spec, Answers answers) {
        return firstOpen(spec, answers).<Position>map(Position.Editing::new).orElse(Position.SUMMARY);
    }

    /** The first step that applies and was neither answered nor skipped. */
    static Optional<String> firstOpen(DialogSpec spec, Answers answers) {
        for (Step<?> s : spec.steps()) {
            if (s.appliesWhen().test(answers) && !answers.has(s.id())) {
                return Optional.of(s.id());
            }
        }
        return Optional.empty();
    }

    /** The index of the last step before {@code before} that applies, or -1. */
    static int previous(DialogSpec spec, Answers answers, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (spec.steps().get(i).appliesWhen().test(answers)) {
                return i;
            }
        }
        return -1;
    }

    /** The steps that apply to these answers: the summary's numbered fields. */
    static List<Step<?>> fields(DialogSpec spec, Answers answers) {
        return spec.steps().stream().filter(s -> s.appliesWhen().test(answers)).toList();
    }

    /**
     * Drops answers after {@code index} that no longer pass their step because an answer they depend on
     * changed (a partial refund above a lowered order amount), or that pass it now only as an unusual answer
     * though they passed plainly before (a cost now above a lowered order amount); those steps are then asked
     * again. {@code before} are the answers before the change.
     */
    static Answers revalidateAfter(DialogSpec spec, Answers before, Answers answers, int index,
                                   Function<Answers, StepContext> context) {
        Answers out = answers;
        for (int i = index + 1; i < spec.steps().size(); i++) {
            Step<?> s = spec.steps().get(i);
            Optional<Answer> answer = out.answer(s.id());
            if (answer.isPresent() && answer.get() instanceof Answer.Given given && s.appliesWhen().test(out)
                    && !s.stillValid(given.value(), context.apply(out), context.apply(before))) {
                out = out.without(s.id());
            }
        }
        return out;
    }
}
