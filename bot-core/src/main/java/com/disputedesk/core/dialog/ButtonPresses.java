package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import java.util.List;

/**
 * Turns a pressed button (its id after "dlg:owner:", as {@link DialogView} builds them) into a move. A button
 * of another question than the one showing, or of the summary when it is not showing, is stale: it answers
 * nothing and the current question is asked again.
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

    void pressed(Turn turn, Running r, String payload) {
        String[] parts = payload.split(":");
        String what = parts[0];
        if (what.equals("cancel")) {
            moves.cancel(turn, r);
            return;
        }
        if (what.equals("ok") || what.equals("e")) {
            if (!r.state().atSummary()) {
                prompter.stale(turn, r);
                return;
            }
            if (what.equals("ok")) {
                summary.confirm(turn, r);
            } else {
                summary.edit(turn, r, parseIndex(parts, 1));
            }
            return;
        }
        int stepIndex = parseIndex(parts, 1);
        if (r.state().atSummary() || stepIndex != r.spec().indexOf(r.current().id())) {
            prompter.stale(turn, r);
            return;
        }
        Step<?> step = r.current();
        StepContext ctx = Prompter.context(turn, r.state().answers());
        List<Option> options = step.options().list(ctx);
        switch (what) {
            case "back", "skip" -> moves.control(turn, r, what);
            case "c" -> {
                int o = parseIndex(parts, 2);
                if (step.kind() != Step.Kind.SINGLE || o < 0 || o >= options.size()) {
                    prompter.stale(turn, r);
                } else {
                    moves.accept(turn, r, step, step.pick(options.get(o)));
                }
            }
            case "t" -> {
                int o = parseIndex(parts, 2);
                if (step.kind() != Step.Kind.MULTI || o < 0 || o >= options.size()) {
                    prompter.stale(turn, r);
                } else {
                    moves.toggle(turn, r, options.get(o).value());
                }
            }
            case "done" -> moves.accept(turn, r, step, step.selection(options, r.state().selected()));
            default -> prompter.stale(turn, r);
        }
    }

    private static int parseIndex(String[] parts, int at) {
        if (parts.length <= at || !parts[at].matches("[0-9]{1,3}")) {
            return -1;
        }
        return Integer.parseInt(parts[at]);
    }
}
