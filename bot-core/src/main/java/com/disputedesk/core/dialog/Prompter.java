package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import java.util.List;

/** Says where a dialog is: the current question or the summary, after a preface, through the {@link DialogView}. */
final class Prompter {
    private final Messages messages;
    private final DialogView view;
    private final PromptSlots slots;

    Prompter(Messages messages, DialogView view, PromptSlots slots) {
        this.messages = messages;
        this.view = view;
        this.slots = slots;
    }

    void ask(Turn turn, DialogSpec spec, DialogState state, String preface) {
        ask(turn, spec, state, preface, true);
    }

    /** Says the current question (or the summary); with {@code withQuestion} false only the preface. */
    void ask(Turn turn, DialogSpec spec, DialogState state, String preface, boolean withQuestion) {
        StepContext ctx = context(turn, state.answers());
        turn.sayIn(slots.of(turn, key(turn), state),
                state.atSummary() ? view.summary(spec, state, ctx, preface, Dialogs.owner(turn))
                        : view.question(spec, state, ctx, preface, withQuestion, Dialogs.owner(turn)));
    }

    /** Ends the draft's message with {@code last} (its buttons gone); the next draft gets a message of its own. */
    void close(Turn turn, DialogState state, Reply last) {
        sayLast(turn, state, last);
        forget(turn);
    }

    /** Ends the draft's message with {@code last}; the draft keeps its message until {@link #forget}. */
    void sayLast(Turn turn, DialogState state, Reply last) {
        turn.sayIn(slots.of(turn, key(turn), state), last);
    }

    /** The draft is over: the member's next draft gets a message of its own. */
    void forget(Turn turn) {
        slots.forget(key(turn));
    }

    /** The confirmed draft as it stays in the chat: every field, marked confirmed. */
    Reply record(Turn turn, DialogSpec spec, DialogState state) {
        return view.record(spec, state, context(turn, state.answers()),
                messages.get(turn.language(), "intake.confirmed"));
    }

    private static DialogKey key(Turn turn) {
        return new DialogKey(turn.chat(), turn.member());
    }

    /** The question again, after saying the pressed button is not one of it. */
    void stale(Turn turn, Running r) {
        ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.button.stale"));
    }

    /** Only {@code preface}, with the buttons of where the dialog is. */
    void say(Turn turn, Running r, String preface) {
        ask(turn, r.spec(), r.state(), preface, false);
    }

    /** The Skip / Back / Cancel buttons of {@code step}, in the order they are shown after its options. */
    List<Choice> controls(Turn turn, Running r, Step<?> step, StepContext ctx) {
        return view.controls(r.spec(), r.state(), step, ctx.language(), Dialogs.owner(turn));
    }

    /** A stored answer as the member reads it. */
    String shown(Step<?> step, Answers answers, StepContext ctx) {
        return view.shown(step, answers, ctx);
    }

    /** What steps see on this turn: {@code answers}, the team's language, its zone, the turn's moment, the team. */
    static StepContext context(Turn turn, Answers answers) {
        return new StepContext(answers, turn.language(), turn.zone(), turn.now(), turn.team().id());
    }
}
