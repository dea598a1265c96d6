package com.disputedesk.core.delivery;

import com.disputedesk.core.chat.ChatRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a platform refused a message for good, and where it was going: enough to tell the team what failed and
 * how to fix it.
 *
 * @param reason what the platform said, sorted
 * @param chat   the chat the message was for, when the sender knows it
 * @param place  the place as members know it ("#disputes", a group's name, or its id)
 * @param detail  the platform's own words, for the log and the outbox row
 * @param buttons the ids of the refused message's buttons ({@code Choice} ids), which name what it was about (a
 *                reminder's buttons carry the reminder's id); empty when the sender does not know them
 */
public record Refusal(Reason reason, Optional<ChatRef> chat, String place, String detail, List<String> buttons) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(place, "place");
        detail = detail == null ? "" : detail;
        buttons = List.copyOf(buttons);
    }

    /** A refusal of a message whose buttons are not known yet (the sender's view). */
    public Refusal(Reason reason, Optional<ChatRef> chat, String place, String detail) {
        this(reason, chat, place, detail, List.of());
    }

    /** This refusal of the message whose buttons have these ids (added by the delivery that knows the message). */
    public Refusal withButtons(List<String> ids) {
        return new Refusal(reason, chat, place, detail, ids);
    }

    /** The kinds of refusal the team can do something about, each with its own advice. */
    public enum Reason {
        /** The bot may not post there (Discord 50013/50001, Telegram "not enough rights", a kicked bot). */
        MISSING_PERMISSION,
        /** The place is gone or the bot cannot see it (Discord 10003, Telegram "chat not found"). */
        UNKNOWN_PLACE,
        /** The message is over the platform's limits (Discord 50035, Telegram "message is too long"). */
        TOO_LARGE,
        /** Anything else the platform refused. */
        REJECTED;

        /** The key of its advice in the delivery bundle. */
        public String key() {
            return "delivery.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One line for the log and the outbox row. */
    public String describe() {
        return reason.name().toLowerCase(java.util.Locale.ROOT) + " in " + place
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
