package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import java.util.List;

/**
 * Turns a pressed button of the member's own draft into a move. A button of another question than the one
 * showing, or of the summary when it is not showing, is stale: it answers nothing and the current question is
 * asked again.
 */
final class ButtonPresses {
    private final Prompter prompter;
    private final Moves moves;
    private final SummaryMoves summary;

    ButtonPresses(Prompter prompter, Moves moves, SummaryMoves summary) {
        this.prompter = prompter;
        this.moves = moves;
        this.summary = summary;
    }

    void pressed(Turn turn, Running r, DialogButton button) {
        if (button instanceof DialogButton.Cancel) {
            moves.cancel(turn, r);
        } else if (button instanceof DialogButton.Confirm) {
            atSummary(turn, r, () -> summary.confirm(turn, r));
        } else if (button instanceof DialogButton.Edit e) {
            atSummary(turn, r, () -> summary.edit(turn, r, e.field()));
        } else if (button instanceof DialogButton.Back b) {
            ofStep(turn, r, b.step(), () -> moves.control(turn, r, "back"));
        } else if (button instanceof DialogButton.Skip s) {
            ofStep(turn, r, s.step(), () -> moves.control(turn, r, "skip"));
        } else if (button instanceof DialogButton.Done d) {
            ofStep(turn, r, d.step(), () -> {
                Step<?> step = r.current();
                List<Option> options = step.options().list(Prompter.context(turn, r.state().answers()));
                moves.accept(turn, r, step, step.selection(options, r.state().selected()));
            });
        } else if (button instanceof DialogButton.Pick p) {
            ofStep(turn, r, p.step(), () -> option(turn, r, Step.Kind.SINGLE, p.option()));
        } else if (button instanceof DialogButton.Toggle t) {
            ofStep(turn, r, t.step(), () -> option(turn, r, Step.Kind.MULTI, t.option()));
        }
    }

    /** Runs {@code then} when the summary is showing, else asks the current question again. */
    private void atSummary(Turn turn, Running r, Runnable then) {
        if (r.state().atSummary()) {
            then.run();
        } else {
            prompter.stale(turn, r);
        }
    }

    /** Runs {@code then} when the question of {@code stepIndex} is the one showing, else asks it again. */
    private void ofStep(Turn turn, Running r, int stepIndex, Runnable then) {
        if (r.state().atSummary() || stepIndex != r.spec().indexOf(r.current().id())) {
            prompter.stale(turn, r);
        } else {
            then.run();
        }
    }

    private void option(Turn turn, Running r, Step.Kind kind, int index) {
        Step<?> step = r.current();
        List<Option> options = step.options().list(Prompter.context(turn, r.state().answers()));
        if (step.kind() != kind || index >= options.size()) {
            prompter.stale(turn, r);
        } else if (kind == Step.Kind.SINGLE) {
            moves.accept(turn, r, step, step.pick(options.get(index)));
        } else {
            moves.toggle(turn, r, options.get(index).value());
        }
    }
}
