package com.disputedesk.core.chat;

import java.nio.file.Path;
import java.util.List;
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
 * @param expectsText true when the next step waits for typed text (adapters may force a reply in groups)
 */
public record Reply(String text, List<Choice> choices, Optional<Card> card, Optional<Path> file,
                    Optional<Member> mention, boolean expectsText) {
    public Reply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply needs text");
        }
        choices = List.copyOf(choices);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public static Reply prompt(String text, List<Choice> choices) {
        return new Reply(text, choices, Optional.empty(), Optional.empty(), Optional.empty(), choices.isEmpty());
    }

    public Reply withCard(Card c) {
        return new Reply(text, choices, Optional.of(c), file, mention, expectsText);
    }

    public Reply withChoices(List<Choice> c) {
        return new Reply(text, c, card, file, mention, expectsText);
    }

    public Reply mentioning(Member m) {
        return new Reply(text, choices, card, file, Optional.of(m), expectsText);
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
