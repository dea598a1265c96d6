package com.disputedesk.telegram;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.Sender;
import com.disputedesk.core.delivery.Verdict;
import java.util.Locale;
import java.util.Optional;

/**
 * Telegram's {@link Sender}: makes the Bot API call once and sorts the answer into a verdict. A 429 waits its
 * retry_after; a 5xx, a timeout or anything unforeseen is tried again; a 4xx is refused, with the reason read from
 * Telegram's description ("not enough rights", "chat not found", "message is too long"), except that a refused
 * edit is moot: our edits only mark a pressed button's message, and if that message is gone or unchanged there is
 * nothing to show instead.
 */
final class TelegramSender implements Sender<OutboundMessage> {
    private final BotApi api;

    TelegramSender(BotApi api) {
        this.api = api;
    }

    @Override
    public Verdict send(OutboundMessage m) {
        SendOutcome outcome = SendOutcome.tryOnce(api, m);
        return switch (outcome.outcome()) {
            case DONE -> Verdict.sent();
            case RETRY_SAME -> Verdict.rateLimited(outcome.retryAfter());
            case RETRY_COUNTED -> Verdict.failed(outcome.error());
            case REJECTED -> m.kind() == OutboundMessage.Kind.EDIT
                    ? new Verdict.Moot("could not edit message " + m.messageId() + ": " + outcome.error())
                    : Verdict.refused(refusal(m, outcome.error()));
        };
    }

    static Refusal refusal(OutboundMessage m, String error) {
        // a private chat (positive id, the user's own) is the direct chat with that member
        ChatRef chat = m.chatId() > 0 ? ChatRef.direct(Platform.TELEGRAM, Long.toString(m.chatId()))
                : ChatRef.of(Platform.TELEGRAM, Long.toString(m.chatId()));
        if (m.threadId() != null) {
            chat = chat.inThread(Integer.toString(m.threadId()));
        }
        return new Refusal(reason(error), Optional.of(chat), Long.toString(m.chatId()), error);
    }

    /** Sorts Telegram's description of a 4xx. */
    static Refusal.Reason reason(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        if (e.contains("rights") || e.contains("forbidden") || e.contains("kicked") || e.contains("not a member")
                || e.contains("blocked")) {
            return Refusal.Reason.MISSING_PERMISSION;
        }
        if (e.contains("not found") || e.contains("deactivated") || e.contains("upgraded")) {
            return Refusal.Reason.UNKNOWN_PLACE;
        }
        if (e.contains("too long") || e.contains("too big") || e.contains("too large")) {
            return Refusal.Reason.TOO_LARGE;
        }
        return Refusal.Reason.REJECTED;
    }
}
