package com.disputedesk.telegram;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.delivery.MessageSlots;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.Sender;
import com.disputedesk.core.delivery.Verdict;
import com.disputedesk.core.delivery.HomeLoss;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Telegram's {@link Sender}: makes the Bot API call once and sorts the answer into a verdict. A 429 waits its
 * retry_after; a 5xx, a timeout or anything unforeseen is tried again; a 4xx is refused, with the reason read from
 * Telegram's description ("not enough rights", "chat not found", "message is too long"), except that a refused
 * edit is moot: our edits only mark a pressed button's message, and if that message is gone or unchanged there is
 * nothing to show instead.
 *
 * <p>A message for a slot is an editMessageText of the slot's message once one was posted (its id kept in
 * {@link MessageSlots}); "message is not modified" means it already shows this, so it counts as sent; when the
 * message is gone ("message to edit not found") it is posted anew and the new id kept. Resolving the slot here,
 * on the chat's delivery lane, means a slot is never posted twice by two sends racing each other.
 */
final class TelegramSender implements Sender<OutboundMessage> {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TelegramSender.class);
    private final BotApi api;
    private final MessageSlots slots;
    private final Clock clock;
    private final Supplier<HomeLoss> homes;
    private final Consumer<OutboundMessage> resend;

    TelegramSender(BotApi api, MessageSlots slots, Clock clock) {
        this(api, slots, clock, HomeLoss::none, m -> {
        });
    }

    /**
     * @param homes  told when a case's topic is gone
     * @param resend queues a message again (in the case's chat, once its topic is gone)
     */
    TelegramSender(BotApi api, MessageSlots slots, Clock clock, Supplier<HomeLoss> homes,
                   Consumer<OutboundMessage> resend) {
        this.api = api;
        this.slots = slots;
        this.clock = clock;
        this.homes = homes;
        this.resend = resend;
    }

    @Override
    public Verdict send(OutboundMessage m) {
        if (m.slot() != null && m.kind() == OutboundMessage.Kind.SEND) {
            return sendToSlot(m);
        }
        if (m.kind() == OutboundMessage.Kind.SEND && m.replyTo() == null) {
            // in a reply thread, answer its anchor once that is posted (the call allows a reply to a deleted one)
            Optional<Integer> anchor = m.anchorSlot().flatMap(slots::messageOf).flatMap(TelegramSender::messageId);
            if (anchor.isPresent()) {
                m = m.replyingTo(anchor.get());
            }
        }
        return verdict(m, SendOutcome.tryOnce(api, m));
    }

    private Verdict sendToSlot(OutboundMessage m) {
        Optional<Integer> kept = slots.messageOf(m.slot()).flatMap(TelegramSender::messageId);
        if (kept.isPresent()) {
            OutboundMessage edit = m.asEditOf(kept.get());
            SendOutcome edited = SendOutcome.tryOnce(api, edit);
            if (edited.outcome() != SendOutcome.Outcome.REJECTED) {
                return verdict(edit, edited);
            }
            if (unchanged(edited.error())) {
                return Verdict.sent();
            }
            if (!gone(edited.error())) {
                return Verdict.refused(refusal(m, edited.error()));
            }
            slots.forget(m.slot());
        }
        SendOutcome posted = SendOutcome.tryOnce(api, m);
        if (posted.outcome() == SendOutcome.Outcome.DONE && posted.messageId() != null) {
            slots.keep(m.slot(), Integer.toString(posted.messageId()), clock.instant());
            // a reply thread's first kept message (a case's card) is its anchor
            Optional<String> anchor = m.anchorSlot().filter(a -> slots.messageOf(a).isEmpty()
                    || new Slot(m.slot()).pinned());
            anchor.ifPresent(a -> slots.keep(a, Integer.toString(posted.messageId()), clock.instant()));
            if (new Slot(m.slot()).pinned()) {
                pin(m.chatId(), posted.messageId());
            }
        }
        return verdict(m, posted);
    }

    /** Pins a live card; a bot without the Pin Messages right still posts and edits it. */
    private void pin(long chatId, int messageId) {
        try {
            api.pin(chatId, messageId);
        } catch (ApiFailure e) {
            log.info("could not pin message {} in chat {} (does the bot have Pin Messages?): {}", messageId, chatId,
                    e.getMessage());
        }
    }

    private static Optional<Integer> messageId(String kept) {
        try {
            return Optional.of(Integer.valueOf(kept));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Telegram's 400 for an edit that changes nothing: the message already shows it. */
    static boolean unchanged(String error) {
        return error != null && error.toLowerCase(Locale.ROOT).contains("message is not modified");
    }

    /** Telegram's 400s for an edit of a message that is no longer there to edit. */
    static boolean gone(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        return e.contains("message to edit not found") || e.contains("message can't be edited")
                || e.contains("message_id_invalid");
    }

    private Verdict verdict(OutboundMessage m, SendOutcome outcome) {
        return switch (outcome.outcome()) {
            case DONE -> Verdict.sent();
            case RETRY_SAME -> Verdict.rateLimited(outcome.retryAfter());
            case RETRY_COUNTED -> Verdict.failed(outcome.error());
            case REJECTED -> rejected(m, outcome.error());
        };
    }

    /**
     * A refused edit is moot, and so is closing a topic already closed or gone. A message to a case's topic that
     * Telegram no longer knows ("message thread not found": deleted) goes to the case's chat instead, where the
     * team is told; any other refusal is final.
     */
    private Verdict rejected(OutboundMessage m, String error) {
        if (m.kind() == OutboundMessage.Kind.EDIT) {
            return new Verdict.Moot("could not edit message " + m.messageId() + ": " + error);
        }
        if (m.kind() == OutboundMessage.Kind.CLOSE_TOPIC) {
            return new Verdict.Moot("could not close topic " + m.threadId() + ": " + error);
        }
        if (m.threadId() != null && threadGone(error)) {
            ChatRef topic = ChatRef.of(Platform.TELEGRAM, Long.toString(m.chatId()))
                    .inThread(Integer.toString(m.threadId()));
            Optional<ChatRef> moved = homes.get().lost(topic);
            if (moved.isPresent() && moved.get().chatId().equals(Long.toString(m.chatId()))) {
                resend.accept(m.inThread(moved.get().threadId().map(Integer::valueOf).orElse(null)));
                return new Verdict.Moot("topic " + m.threadId() + " is gone; sent to " + moved.get().key());
            }
        }
        return Verdict.refused(refusal(m, error));
    }

    /** Telegram's words for a topic that does not exist (any more). */
    static boolean threadGone(String error) {
        return error != null && error.toLowerCase(Locale.ROOT).contains("message thread not found");
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
