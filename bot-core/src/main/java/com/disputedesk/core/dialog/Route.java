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
     * The step after {@code from}: the next that applies (or, when editing from the summary, the first that
     * applies and has no answer yet), else the summary.
     */
    static String next(DialogSpec spec, Answers answers, int from, boolean editing) {
        if (!editing) {
            for (int i = from + 1; i < spec.steps().size(); i++) {
                if (spec.steps().get(i).appliesWhen().test(answers)) {
                    return spec.steps().get(i).id();
                }
            }
        }
        return firstOpen(spec, answers);
    }

    /** The first step that applies and was neither answered nor skipped, else {@link DialogState#SUMMARY}. */
    static String firstOpen(DialogSpec spec, Answers answers) {
        for (Step<?> s : spec.steps()) {
            if (s.appliesWhen().test(answers) && !answers.has(s.id())) {
                return s.id();
            }
        }
        return DialogState.SUMMARY;
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
     * changed (a cost above a lowered order amount); those steps are then asked again.
     */
    static Answers revalidateAfter(DialogSpec spec, Answers answers, int index,
                                   Function<Answers, StepContext> context) {
        Answers out = answers;
        for (int i = index + 1; i < spec.steps().size(); i++) {
            Step<?> s = spec.steps().get(i);
            Optional<Answer> answer = out.answer(s.id());
            if (answer.isPresent() && answer.get() instanceof Answer.Given given && s.appliesWhen().test(out)
                    && !s.stillValid(given.value(), context.apply(out))) {
                out = out.without(s.id());
            }
        }
        return out;
    }
}
