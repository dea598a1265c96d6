package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moves of a dialog between its questions: begin, accept an answer, toggle an option, back, skip, cancel.
 * Every move that changes the state stores it before the member hears the next question.
 *
 * <p>A rejected answer changes nothing (not even the idle clock). An unusual one ({@link Parsed.Questioned}) is
 * asked about and remembered, and taken when the member sends it again. After an answer changes, later answers it made
 * invalid (an item cost above a lowered order amount) are dropped and asked again.
 */
final class Moves {
    private final DialogStore store;
    private final Messages messages;
    private final Prompter prompter;

    Moves(DialogStore store, Messages messages, Prompter prompter) {
        this.store = store;
        this.messages = messages;
        this.prompter = prompter;
    }

    /** Stores a fresh state of {@code spec} at its first question under {@code key}, and asks it. */
    void begin(Turn turn, DialogKey key, DialogSpec spec, String preface) {
        Instant now = turn.now();
        DialogState state = new DialogState(spec.id(), Route.next(spec, Answers.none(), -1, false),
                Answers.none(), List.of(), now, now);
        save(key, spec, state);
        prompter.ask(turn, spec, state, preface);
    }

    /** Back, skip or cancel, by word, command or button. */
    void control(Turn turn, Running r, String what) {
        if (what.equals("cancel")) {
            cancel(turn, r);
        } else if (what.equals("back")) {
            back(turn, r);
        } else if (r.state().atSummary()) {
            prompter.say(turn, r, messages.get(turn.language(), "dialog.skip.summary"));
        } else {
            skip(turn, r);
        }
    }

    void back(Turn turn, Running r) {
        DialogState s = r.state();
        Answers answers = s.answers();
        if (s.atSummary()) {
            int last = Route.previous(r.spec(), answers, r.spec().steps().size());
            move(turn, r, s.at(new Position.AtStep(r.spec().steps().get(last).id()), answers, turn.now()), "");
            return;
        }
        if (s.editing()) {
            move(turn, r, s.at(Route.summaryOrOpen(r.spec(), answers), answers, turn.now()), "");
            return;
        }
        int prev = Route.previous(r.spec(), answers, r.spec().indexOf(r.current().id()));
        if (prev < 0) {
            prompter.ask(turn, r.spec(), s, messages.get(turn.language(), "dialog.back.first"));
            return;
        }
        move(turn, r, s.at(new Position.AtStep(r.spec().steps().get(prev).id()), answers, turn.now()), "");
    }

    private void skip(Turn turn, Running r) {
        Step<?> step = r.current();
        StepContext ctx = Prompter.context(turn, r.state().answers());
        if (!step.optional()) {
            prompter.ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.skip.required") + "\n"
                    + step.retry().in(ctx), false);
            return;
        }
        answered(turn, r, step, Answer.SKIPPED);
    }

    void cancel(Turn turn, Running r) {
        store.delete(r.key().key());
        prompter.close(turn, r.state(), Reply.text(messages.get(turn.language(), "dialog.cancelled")));
    }

    /** Selects or unselects an option of a multi-select step; the selection is stored, not yet an answer. */
    void toggle(Turn turn, Running r, String value) {
        List<String> selected = new ArrayList<>(r.state().selected());
        if (!selected.remove(value)) {
            selected.add(value);
        }
        DialogState state = r.state().withSelected(selected, turn.now());
        save(r.key(), r.spec(), state);
        prompter.ask(turn, r.spec(), state, "");
    }

    /**
     * Takes {@code parsed} as the answer of {@code step} and goes on (back to the summary when editing), or,
     * rejected, says why and what is expected.
     */
    void accept(Turn turn, Running r, Step<?> step, Parsed<?> parsed) {
        StepContext ctx = Prompter.context(turn, r.state().answers());
        if (parsed instanceof Parsed.Rejected<?> rejected) {
            String why = rejected.why().map(w -> w + "\n").orElse("");
            prompter.ask(turn, r.spec(), r.state(), rejected.whole() ? why.strip() : why + step.retry().in(ctx),
                    false);
            return;
        }
        if (parsed instanceof Parsed.Questioned<?> questioned) {
            String stored = step.stored(questioned.value());
            if (!r.state().questioned().equals(Optional.of(stored))) {
                // asked once: the member confirms by sending the same answer again, or sends another
                DialogState asking = r.state().questioning(stored, turn.now());
                save(r.key(), r.spec(), asking);
                prompter.ask(turn, r.spec(), asking, questioned.question(), false);
                return;
            }
            answered(turn, r, step, new Answer.Given(questioned.value()));
            return;
        }
        answered(turn, r, step, new Answer.Given(((Parsed.Accepted<?>) parsed).value()));
    }

    /** Stores {@code answer} as the step's and goes on (back to the summary when editing). */
    private void answered(Turn turn, Running r, Step<?> step, Answer answer) {
        int index = r.spec().indexOf(step.id());
        Answers answers = Route.revalidateAfter(r.spec(), r.state().answers(),
                r.state().answers().with(step.id(), answer), index,
                a -> Prompter.context(turn, a));
        Position next = Route.next(r.spec(), answers, index, r.state().editing());
        move(turn, r, r.state().at(next, answers, turn.now()), "");
    }

    /** Stores {@code state} and asks its question; a summary with a question still open asks that instead. */
    void move(Turn turn, Running r, DialogState state, String preface) {
        DialogState shown = state;
        if (state.atSummary()) {
            shown = state.at(Route.summaryOrOpen(r.spec(), state.answers()), state.answers(), turn.now());
        }
        save(r.key(), r.spec(), shown);
        prompter.ask(turn, r.spec(), shown, preface);
    }

    void save(DialogKey key, DialogSpec spec, DialogState state) {
        store.save(new StoredDialog(key.key(), state.dialogId(), DialogStateJson.write(state, spec),
                state.updatedAt()));
    }
}
