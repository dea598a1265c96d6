package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member can do at the summary: edit a field by its number, confirm, go back, cancel. Confirming hands
 * the answers of the steps that apply to the dialog's completion and drops the draft in the same transaction, so
 * a crash leaves either both done or neither (the draft waits at its summary): a confirmation never counts twice.
 */
final class SummaryMoves {
    private final DialogStore store;
    private final Messages messages;
    private final Prompter prompter;
    private final Moves moves;
    private final Transactions transactions;

    SummaryMoves(DialogStore store, Messages messages, Prompter prompter, Moves moves, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
        this.messages = messages;
        this.prompter = prompter;
        this.moves = moves;
    }

    /**
     * Text typed at the summary: confirm, back, skip, or a number ("edit 3", "3") where the numbers after the
     * fields mean Confirm and Cancel, as the console numbers the buttons.
     */
    void typed(Turn turn, Running r, String text, Optional<String> word) {
        if (word.isPresent() && word.get().equals("confirm")) {
            confirm(turn, r);
            return;
        }
        if (word.isPresent() && word.get().equals("back")) {
            moves.back(turn, r);
            return;
        }
        if (word.isPresent() && word.get().equals("skip")) {
            prompter.say(turn, r, messages.get(turn.language(), "dialog.skip.summary"));
            return;
        }
        String t = text.toLowerCase(Locale.ROOT).replaceFirst("^(edit|编辑|修改)\\s*", "");
        Optional<Integer> n = AnswerReader.number(t);
        if (n.isPresent()) {
            List<Step<?>> fields = Route.fields(r.spec(), r.state().answers());
            if (n.get() == fields.size() + 1) {
                confirm(turn, r);
            } else if (n.get() == fields.size() + 2) {
                moves.cancel(turn, r);
            } else {
                edit(turn, r, n.get() - 1);
            }
            return;
        }
        prompter.ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.summary.retry"), false);
    }

    /** Asks the field at {@code fieldIndex} (from 0) again, returning to the summary after it. */
    void edit(Turn turn, Running r, int fieldIndex) {
        List<Step<?>> fields = Route.fields(r.spec(), r.state().answers());
        if (fieldIndex < 0 || fieldIndex >= fields.size()) {
            prompter.ask(turn, r.spec(), r.state(),
                    messages.get(turn.language(), "dialog.edit.unknown", fields.size()), false);
            return;
        }
        DialogState state = r.state().at(new Position.Editing(fields.get(fieldIndex).id()), r.state().answers(),
                turn.now());
        moves.save(r.key(), r.spec(), state);
        prompter.ask(turn, r.spec(), state, "");
    }

    /** Completes the dialog, or asks a question still open instead. */
    void confirm(Turn turn, Running r) {
        Answers answers = r.state().answers();
        StepContext ctx = Prompter.context(turn, answers);
        Optional<String> missing = Route.firstOpen(r.spec(), answers);
        if (missing.isPresent()) {
            moves.move(turn, r, r.state().at(new Position.Editing(missing.get()), answers, turn.now()), "");
            return;
        }
        Answers kept = Answers.none();
        List<DialogSpec.Line> lines = new ArrayList<>();
        for (Step<?> s : Route.fields(r.spec(), answers)) {
            kept = kept.with(s.id(), answers.answer(s.id()).orElseThrow());
            lines.add(new DialogSpec.Line(s.id(), s.label().in(ctx), prompter.shown(s, answers, ctx),
                    !answers.skipped(s.id())));
        }
        DialogSpec.Confirmed confirmed = new DialogSpec.Confirmed(kept, lines, Prompter.context(turn, kept));
        HeldReplies replies = new HeldReplies(turn.outbox());
        Turn held = new Turn(turn.team(), turn.inbound(), turn.language(), turn.zone(), turn.now(), replies);
        transactions.run(() -> {
            r.spec().onConfirm().complete(held, confirmed);
            store.delete(r.key().key());
        });
        replies.release();
    }
}
