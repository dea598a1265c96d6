package com.disputedesk.core.dialog;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a dialog looks: the current question with its buttons (options, then Done, Skip, Back, Cancel), the
 * summary with Edit n / Confirm / Cancel, and answers as shown. Button ids are {@link DialogButton}s.
 */
final class DialogView {
    private final Messages messages;

    DialogView(Messages messages) {
        this.messages = messages;
    }

    /** The summary: every field that applies, numbered, then the buttons. */
    Reply summary(DialogSpec spec, DialogState state, StepContext ctx, String preface, DialogButton.Owner owner) {
        UiLanguage lang = ctx.language();
        StringBuilder text = new StringBuilder();
        if (!preface.isEmpty()) {
            text.append(preface).append('\n');
        }
        text.append(spec.title().in(ctx));
        List<Step<?>> fields = Route.fields(spec, state.answers());
        List<Choice> buttons = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Step<?> s = fields.get(i);
            text.append('\n').append(i + 1).append(". ").append(s.label().in(ctx)).append(": ")
                    .append(shown(s, state.answers(), ctx));
            buttons.add(new DialogButton.Edit(i, owner).choice(messages.get(lang, "intake.edit.button",
                    s.label().in(ctx))));
        }
        text.append('\n').append(messages.get(lang, "dialog.summary.hint"));
        buttons.add(new DialogButton.Confirm(owner).choice(messages.get(lang, "dialog.button.confirm")));
        buttons.add(new DialogButton.Cancel(owner).choice(messages.get(lang, "dialog.button.cancel")));
        return Reply.prompt(text.toString(), buttons);
    }

    /**
     * The current question with its buttons, after {@code preface}. With {@code withQuestion} false only the
     * preface is said (a retry prompt), with the same buttons.
     */
    Reply question(DialogSpec spec, DialogState state, StepContext ctx, String preface, boolean withQuestion,
                   DialogButton.Owner owner) {
        Step<?> step = spec.step(state.position().stepId().orElseThrow()).orElseThrow();
        UiLanguage lang = ctx.language();
        // The answers so far, compactly: the dialog is one message, and this is all that is left of earlier steps.
        StringBuilder text = new StringBuilder(recap(spec, state, step, ctx));
        if (!preface.isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(preface);
        }
        if (withQuestion) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(step.prompt().in(ctx));
            if (state.answers().has(step.id())) {
                text.append('\n').append(messages.get(lang, "dialog.current", shown(step, state.answers(), ctx)));
            }
        }
        List<Option> options = step.options().list(ctx);
        int index = spec.indexOf(step.id());
        List<Choice> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (step.kind() == Step.Kind.MULTI) {
                boolean on = state.selected().contains(o.value());
                buttons.add(new DialogButton.Toggle(index, i, owner).choice((on ? "✓ " : "") + o.label()));
            } else {
                buttons.add(new DialogButton.Pick(index, i, owner).choice(o.label()));
            }
        }
        if (step.kind() == Step.Kind.MULTI) {
            List<String> labels = options.stream().filter(o -> state.selected().contains(o.value()))
                    .map(Option::label).toList();
            text.append('\n').append(labels.isEmpty() ? messages.get(lang, "dialog.multi.hint")
                    : messages.get(lang, "dialog.multi.selected", String.join(", ", labels)));
            buttons.add(new DialogButton.Done(index, owner).choice(messages.get(lang, "dialog.button.done")));
        }
        buttons.addAll(controls(spec, state, step, lang, owner));
        // Free-text steps carry Back / Cancel buttons but still wait for typing; a choice step with a fallback
        // parser also reads a typed value no button offers.
        return new Reply(text.toString(), buttons, Optional.empty(), Optional.empty(), Optional.empty(),
                step.kind() == Step.Kind.TEXT ? Reply.TypedAnswer.REQUIRED
                        : step.readsTyped() ? Reply.TypedAnswer.ACCEPTED : Reply.TypedAnswer.NONE);
    }

    /** The answered fields other than {@code current}, one line, "Label: answer · Label: answer". */
    private String recap(DialogSpec spec, DialogState state, Step<?> current, StepContext ctx) {
        List<String> parts = new ArrayList<>();
        for (Step<?> s : Route.fields(spec, state.answers())) {
            if (!s.id().equals(current.id()) && state.answers().has(s.id())) {
                parts.add(s.label().in(ctx) + ": " + shown(s, state.answers(), ctx));
            }
        }
        return String.join(" · ", parts);
    }

    /** The confirmed draft as it stays in the chat: every field, and {@code note}; no buttons. */
    Reply record(DialogSpec spec, DialogState state, StepContext ctx, String note) {
        StringBuilder text = new StringBuilder(spec.title().in(ctx));
        for (Step<?> s : Route.fields(spec, state.answers())) {
            text.append('\n').append(s.label().in(ctx)).append(": ").append(shown(s, state.answers(), ctx));
        }
        text.append('\n').append(note);
        return Reply.text(text.toString());
    }

    /** Skip (optional steps), Back (when there is somewhere to go back to) and Cancel. */
    List<Choice> controls(DialogSpec spec, DialogState state, Step<?> step, UiLanguage lang, DialogButton.Owner owner) {
        int index = spec.indexOf(step.id());
        List<Choice> out = new ArrayList<>();
        if (step.optional()) {
            out.add(new DialogButton.Skip(index, owner).choice(messages.get(lang, "dialog.button.skip")));
        }
        if (state.editing() || Route.previous(spec, state.answers(), index) >= 0) {
            out.add(new DialogButton.Back(index, owner).choice(messages.get(lang, "dialog.button.back")));
        }
        out.add(new DialogButton.Cancel(owner).choice(messages.get(lang, "dialog.button.cancel")));
        return out;
    }

    /** A stored answer as the member reads it. */
    String shown(Step<?> step, Answers answers, StepContext ctx) {
        Optional<Answer> answer = answers.answer(step.id());
        if (answer.isEmpty()) {
            return "?";
        }
        if (!(answer.get() instanceof Answer.Given given)) {
            return step.skippedAs().in(ctx);
        }
        Optional<String> displayed = step.displayed(given.value(), ctx);
        if (displayed.isPresent()) {
            return displayed.get();
        }
        List<Option> options = step.options().list(ctx);
        if (step.kind() == Step.Kind.MULTI) {
            List<String> values = step.selectedValues(given.value());
            if (values.isEmpty()) {
                return messages.get(ctx.language(), "dialog.multi.none");
            }
            List<String> labels = new ArrayList<>();
            for (String v : values) {
                labels.add(options.stream().filter(o -> o.value().equals(v)).map(Option::label).findFirst().orElse(v));
            }
            return String.join(", ", labels);
        }
        String canonical = step.stored(given.value());
        if (step.kind() == Step.Kind.SINGLE) {
            return options.stream().filter(o -> o.value().equals(canonical)).map(Option::label).findFirst()
                    .orElse(canonical);
        }
        return canonical;
    }
}
