package com.disputedesk.core.chat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core says back. Plain text (adapters escape it for their markup), with optional buttons, a card,
 * a file, and a member to ping.
 *
 * @param text        the message, plain text, never empty
 * @param choices     buttons offered, in order (may be empty)
 * @param card        a structured block shown under the text
 * @param file        a file to attach
 * @param mention     a member to notify by name (only this member may be pinged)
 * @param typed       whether the member's next message is read as typed text: adapters force a reply in groups
 *                    where the bot sees only replies, or open a text form where typing is not seen
 * @param form        how the choices are shown: side by side as buttons, or as one list to pick from
 */
public record Reply(String text, List<Choice> choices, Optional<Card> card, Optional<Path> file,
                    Optional<Member> mention, TypedAnswer typed, ChoiceForm form) {

    /**
     * How a reply's choices are shown. A list of like values (the rungs of a ladder, the outcomes of a case) reads
     * better as one list than as a wall of buttons.
     */
    public enum ChoiceForm {
        /** Buttons, side by side where they fit. */
        BUTTONS,
        /** One list to pick from: a select menu where the platform has one, else a column of buttons. */
        SELECT
    }

    /** Whether the answer to a reply may be typed. */
    public enum TypedAnswer {
        /** Nothing typed is waited for: a plain message, or one answered by its buttons alone. */
        NONE,
        /** The next step waits for typed text; buttons, if any, are controls (Back, Skip, Cancel). */
        REQUIRED,
        /** The buttons answer it, and typed text is read too: a value no button offers (a language, a date). */
        ACCEPTED
    }

    public Reply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply needs text");
        }
        choices = List.copyOf(choices);
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(form, "form");
        if (typed == TypedAnswer.ACCEPTED && choices.isEmpty()) {
            throw new IllegalArgumentException("typed text is accepted beside buttons, and this reply has none");
        }
    }

    /** A reply whose choices (if any) are buttons. */
    public Reply(String text, List<Choice> choices, Optional<Card> card, Optional<Path> file,
                 Optional<Member> mention, TypedAnswer typed) {
        this(text, choices, card, file, mention, typed, ChoiceForm.BUTTONS);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), TypedAnswer.NONE);
    }

    public static Reply prompt(String text, List<Choice> choices) {
        return new Reply(text, choices, Optional.empty(), Optional.empty(), Optional.empty(),
                choices.isEmpty() ? TypedAnswer.REQUIRED : TypedAnswer.NONE);
    }

    /** A message with a file attached (an export, a chart): the text says what the file is. */
    public static Reply file(String text, Path file) {
        return new Reply(text, List.of(), Optional.empty(), Optional.of(file), Optional.empty(), TypedAnswer.NONE);
    }

    public Reply withCard(Card c) {
        return new Reply(text, choices, Optional.of(c), file, mention, typed, form);
    }

    public Reply withChoices(List<Choice> c) {
        return new Reply(text, c, card, file, mention, typed, form);
    }

    /** The same reply with {@code c} offered as one list to pick from ({@link ChoiceForm#SELECT}). */
    public Reply withSelect(List<Choice> c) {
        return new Reply(text, c, card, file, mention, typed, ChoiceForm.SELECT);
    }

    public Reply mentioning(Member m) {
        return new Reply(text, choices, card, file, Optional.of(m), typed, form);
    }

    /** True when the next step waits for typed text, any buttons being controls only. */
    public boolean expectsText() {
        return typed == TypedAnswer.REQUIRED;
    }

    /** True when typed text answers this reply, alone or beside its buttons. */
    public boolean readsTyped() {
        return typed != TypedAnswer.NONE;
    }

    /** The whole reply as plain text: text, card, and numbered choices. Used by text-only adapters and tests. */
    public String asText() {
        StringBuilder out = new StringBuilder(text);
        card.ifPresent(c -> out.append('\n').append(c.asText()));
        for (int i = 0; i < choices.size(); i++) {
            out.append('\n').append(i + 1).append(") ").append(choices.get(i).label());
        }
        return out.toString();
    }
}
