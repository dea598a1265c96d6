package com.disputedesk.telegram;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's {@link Outbox} for Telegram chats: renders each reply and queues the calls durably; returns once
 * they are stored, so nothing is lost after {@link #send} returns.
 */
final class TelegramOutbox implements Outbox {
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final DeliveryQueue queue;
    /** Button presses the engine answered, until the pipeline asks (so it marks only those in place). */
    private final Set<String> answeredPresses = ConcurrentHashMap.newKeySet();
    /** What only the presser is to see, by press, until the pipeline answers the press with it. */
    private final Map<String, String> alerts = new ConcurrentHashMap<>();

    private final long maxDocumentBytes;

    TelegramOutbox(DeliveryQueue queue, long maxDocumentBytes) {
        this.queue = queue;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** sendDocument's limit: 50 MB on Telegram's own servers, in every chat. */
    @Override
    public long maxFileBytes(ChatRef chat) {
        return maxDocumentBytes;
    }

    @Override
    public void send(Outgoing message) {
        if (message.chat().platform() != Platform.TELEGRAM) {
            throw new IllegalArgumentException("not a Telegram chat: " + message.chat().key());
        }
        Optional<Origin> press = message.inReplyTo().flatMap(Origin::from).filter(Origin::isCallback);
        if (message.toPresserOnly() && press.isPresent()) {
            // The press's answer carries it as an alert: nothing goes to the chat, no message changes.
            alerts.merge(press.get().toRef().value(), message.reply().text(), (a, b) -> a + "\n" + b);
            return;
        }
        for (OutboundMessage m : renderer.render(message)) {
            queue.enqueue(m);
        }
        if (message.slot().isEmpty()) {
            // A reply in a slot rewrites the pressed message itself: there is nothing to mark under it.
            press.ifPresent(o -> answeredPresses.add(o.toRef().value()));
        }
    }

    /** Whether the engine said something in answer to this press (and forgets it). */
    boolean takeAnswered(Origin press) {
        return answeredPresses.remove(press.toRef().value());
    }

    /** What only the presser is to see, if the engine said anything so (and forgets it). */
    Optional<String> takeAlert(Origin press) {
        return Optional.ofNullable(alerts.remove(press.toRef().value()));
    }
}
