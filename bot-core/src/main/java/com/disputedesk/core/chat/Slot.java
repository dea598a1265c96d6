package com.disputedesk.core.chat;

/**
 * A stable name for one message the bot keeps up to date, such as {@code card/<team>/<case>} or
 * {@code prompt/<chat>/<member>/<draft>}. The first message sent to a slot is posted; every later one edits that
 * message in place, so a live card or a dialog stays one message however often it changes. The adapter remembers
 * which platform message a slot names; if the platform says that message is gone, the next send posts anew.
 *
 * @param key printable, without spaces, at most {@link #MAX_KEY_LENGTH} characters
 */
public record Slot(String key) {
    public static final int MAX_KEY_LENGTH = 200;

    public Slot {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH
                || !key.codePoints().allMatch(c -> c > 32 && c != 127)) {
            throw new IllegalArgumentException("a slot key is 1-" + MAX_KEY_LENGTH
                    + " printable characters without spaces: " + key);
        }
    }

    /** The live card of a team's case. */
    public static Slot card(String teamId, long caseNumber) {
        return new Slot("card/" + teamId + "/" + caseNumber);
    }

    /**
     * The live card of a team's case in one of its homes: a case reopened in a new thread or topic gets a fresh card
     * there, instead of an edit of the card it had in its old home.
     */
    public static Slot card(String teamId, long caseNumber, ChatRef home) {
        return new Slot(card(teamId, caseNumber).key() + "@" + home.key());
    }

    /**
     * The one message of a member's dialog in a chat; {@code draft} tells drafts apart, so a new draft gets a new
     * message instead of rewriting a finished one far up the chat.
     */
    public static Slot prompt(ChatRef chat, Member member, String draft) {
        return new Slot("prompt/" + chat.key() + "/" + member.key() + "/" + draft);
    }

    /** Whether the slot's message is pinned where it is first posted (a case's live card, where it lives). */
    public boolean pinned() {
        return key.startsWith("card/");
    }

    /** The slot of part {@code index} of a reply the platform shows as several messages (0 is the slot itself). */
    public Slot part(int index) {
        return index == 0 ? this : new Slot(key + "#" + index);
    }
}
