package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Transactions;
import com.disputedesk.core.kernel.UiLanguage;
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
        String lower = text.toLowerCase(Locale.ROOT).strip();
        String t = lower.replaceFirst("^(edit|编辑|修改)\\s*", "");
        boolean editWord = !t.equals(lower);
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
        if (editWord && !t.isBlank()) {
            editNamed(turn, r, t);
            return;
        }
        prompter.ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.summary.retry"), false);
    }

    /**
     * "edit buyer": the field whose label, in any team language, is {@code name} or, failing that, the one field
     * whose label contains it. Numbers shift as fields come and go; names do not.
     */
    private void editNamed(Turn turn, Running r, String name) {
        List<Step<?>> fields = Route.fields(r.spec(), r.state().answers());
        List<Integer> exact = new ArrayList<>();
        List<Integer> partial = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            for (UiLanguage lang : UiLanguage.values()) {
                StepContext ctx = new StepContext(r.state().answers(), lang, turn.zone(), turn.now(),
                        turn.team().id());
                String label = fields.get(i).label().in(ctx).toLowerCase(Locale.ROOT).strip();
                if (label.equals(name) && !exact.contains(i)) {
                    exact.add(i);
                } else if (label.contains(name) && !partial.contains(i)) {
                    partial.add(i);
                }
            }
        }
        List<Integer> found = exact.isEmpty() ? partial : exact;
        if (found.size() == 1) {
            edit(turn, r, found.get(0));
            return;
        }
        StepContext ctx = Prompter.context(turn, r.state().answers());
        String names = String.join(", ", fields.stream().map(s -> s.label().in(ctx)).toList());
        prompter.ask(turn, r.spec(), r.state(), messages.get(turn.language(), "intake.edit.unknown", name, names),
                false);
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
            // The draft's message stays as the record of what was confirmed; what the dialog makes of it comes after.
            prompter.sayLast(held, r.state(), prompter.record(held, r.spec(), r.state()));
            r.spec().onConfirm().complete(held, confirmed);
            store.delete(r.key().key());
        });
        // Only a stored confirmation ends the draft's message: after a failure the member confirms again there.
        prompter.forget(turn);
        replies.release();
    }
}
