package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.text.Cleaned;
import com.disputedesk.core.text.TextField;
import com.disputedesk.core.text.TextPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Turns typed text into a move: an engine word (cancel, back, skip, done, none), an answer to the current
 * question, or, at the summary, a summary move. A typed number on a choice step means the button of that
 * number, as the console prints them: the options first, then Skip / Back / Cancel.
 *
 * <p>Before anything reads it, the text is cleaned by {@link TextPolicy} against the current step's field (a
 * short one-line field at the summary); text it refuses (blank once cleaned, or too long) is answered with the
 * reason and the step's retry prompt, and changes nothing.
 */
final class TypedInput {
    private final AnswerReader reader;
    private final Prompter prompter;
    private final Moves moves;
    private final SummaryMoves summary;
    private final ButtonPresses buttons;
    private final Messages messages;

    TypedInput(AnswerReader reader, Prompter prompter, Moves moves, SummaryMoves summary, ButtonPresses buttons,
               Messages messages) {
        this.messages = messages;
        this.reader = reader;
        this.prompter = prompter;
        this.moves = moves;
        this.summary = summary;
        this.buttons = buttons;
    }

    void typed(Turn turn, Running r, String raw) {
        TextField field = r.state().atSummary() ? TextField.SHORT : r.current().field();
        Cleaned cleaned = TextPolicy.clean(raw, field);
        if (cleaned instanceof Cleaned.Refused refused) {
            refuse(turn, r, refused);
            return;
        }
        String text = ((Cleaned.Clean) cleaned).text();
        Optional<String> word = reader.word(text);
        if (word.isPresent() && word.get().equals("cancel")) {
            moves.cancel(turn, r);
            return;
        }
        if (r.state().atSummary()) {
            summary.typed(turn, r, text, word);
            return;
        }
        if (word.isPresent() && (word.get().equals("back") || word.get().equals("skip"))) {
            moves.control(turn, r, word.get());
            return;
        }
        Step<?> step = r.current();
        StepContext ctx = Prompter.context(turn, r.state().answers());
        switch (step.kind()) {
            case TEXT -> moves.accept(turn, r, step, step.parser().parse(text, ctx));
            case SINGLE -> single(turn, r, step, text, ctx);
            case MULTI -> multi(turn, r, step, text, word, ctx);
            default -> throw new IllegalStateException("unknown step kind " + step.kind());
        }
    }

    private void refuse(Turn turn, Running r, Cleaned.Refused refused) {
        String why = switch (refused.problem()) {
            case BLANK -> messages.get(turn.language(), "dialog.text.blank");
            case TOO_LONG -> messages.get(turn.language(), "dialog.text.long", refused.length(), refused.max());
        };
        if (r.state().atSummary()) {
            prompter.say(turn, r, why + "\n" + messages.get(turn.language(), "dialog.summary.retry"));
        } else {
            moves.accept(turn, r, r.current(), Parsed.rejected(why));
        }
    }

    private void single(Turn turn, Running r, Step<?> step, String text, StepContext ctx) {
        List<Option> options = step.options().list(ctx);
        Optional<Integer> number = AnswerReader.number(text);
        if (number.isPresent()) {
            int n = number.get();
            if (n >= 1 && n <= options.size()) {
                moves.accept(turn, r, step, step.pick(options.get(n - 1)));
                return;
            }
            List<Choice> controls = prompter.controls(turn, r, step, ctx);
            int c = n - options.size();
            if (c >= 1 && c <= controls.size()) {
                buttons.pressed(turn, r, DialogButton.parse(controls.get(c - 1).id()).orElseThrow());
                return;
            }
        }
        Optional<Option> match = AnswerReader.match(options, text);
        moves.accept(turn, r, step,
                match.isPresent() ? step.pick(match.get()) : step.parser().parse(text, ctx));
    }

    private void multi(Turn turn, Running r, Step<?> step, String text, Optional<String> word, StepContext ctx) {
        List<Option> options = step.options().list(ctx);
        if (word.isPresent() && word.get().equals("done")) {
            moves.accept(turn, r, step, step.selection(options, r.state().selected()));
            return;
        }
        if (word.isPresent() && word.get().equals("none")) {
            moves.accept(turn, r, step, step.selection(options, List.of()));
            return;
        }
        Parsed<List<String>> named = reader.several(options, text, turn.language());
        moves.accept(turn, r, step,
                named instanceof Parsed.Accepted<List<String>> a ? step.selection(options, a.value()) : named);
    }
}
