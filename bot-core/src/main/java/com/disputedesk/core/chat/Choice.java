package com.disputedesk.core.chat;

/**
 * A button the member can press instead of typing.
 *
 * @param id    what comes back in {@link Inbound.ChoicePicked#choiceId()}: short ASCII, at most
 *              {@link #MAX_ID_LENGTH} characters so every platform can carry it
 * @param label what the member sees
 */
public record Choice(String id, String label) {
    public static final int MAX_ID_LENGTH = 48;

    public Choice {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !id.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("choice id must be 1-" + MAX_ID_LENGTH + " printable ASCII characters: " + id);
        }
    }
}
