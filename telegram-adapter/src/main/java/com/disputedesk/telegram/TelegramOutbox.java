package com.disputedesk.telegram;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link Outbox} for Telegram chats: renders each reply and queues the calls durably; returns once
 * they are stored, so nothing is lost after {@link #send} returns.
 */
final class TelegramOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(TelegramOutbox.class);
    /** createForumTopic's longest name. */
    static final int MAX_TOPIC_NAME = 128;
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final DeliveryQueue queue;
    /** Button presses the engine answered, until the pipeline asks (so it marks only those in place). */
    private final Set<String> answeredPresses = ConcurrentHashMap.newKeySet();
    /** Button presses the engine answered in a slot, until the pipeline asks. */
    private final Set<String> slottedPresses = ConcurrentHashMap.newKeySet();
    /** What only the presser is to see, by press, until the pipeline answers the press with it. */
    private final Map<String, String> alerts = new ConcurrentHashMap<>();

    private final long maxDocumentBytes;
    private final BotApi api;

    TelegramOutbox(DeliveryQueue queue, long maxDocumentBytes, BotApi api) {
        this.queue = queue;
        this.maxDocumentBytes = maxDocumentBytes;
        this.api = api;
    }

    /**
     * A forum topic for a case, in a forum supergroup (createForumTopic, the name cut to Telegram's 128
     * characters); none in a private chat or when the bot may not manage topics: the case then stays in the group.
     * In a group without topics ("the chat is not a forum") the case's card is its anchor: a reply thread whose
     * messages answer the card.
     */
    @Override
    public Optional<ChatRef> openHome(ChatRef chat, String name) {
        long chatId = Long.parseLong(chat.chatId());
        if (chatId > 0) {
            return Optional.empty();
        }
        try {
            int topic = api.createForumTopic(chatId, com.disputedesk.core.text.Cut.shortened(name, MAX_TOPIC_NAME));
            return Optional.of(ChatRef.of(Platform.TELEGRAM, chat.chatId()).inThread(Integer.toString(topic)));
        } catch (ApiFailure e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("not a forum")) {
                log.debug("chat {} has no topics: the case stays in the group, as replies to its card", chatId);
                return Optional.of(ChatRef.of(Platform.TELEGRAM, chat.chatId())
                        .anchoredAt(java.util.UUID.randomUUID().toString()));
            } else {
                log.warn("could not open a topic in chat {} (is the bot an admin allowed to manage topics?): {}",
                        chatId, e.getMessage());
            }
            return Optional.empty();
        }
    }

    /** Closes a case's topic (closeForumTopic), queued behind what was sent there. */
    @Override
    public void closeHome(ChatRef home) {
        // a case kept as replies to its card has no topic to close: the close is its last reply
        if (home.threadId().isPresent() && !home.anchored()) {
            queue.enqueue(OutboundMessage.closeTopic(Long.parseLong(home.chatId()),
                    Integer.parseInt(home.threadId().get())));
        }
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
        // A press answered in a slot rewrites a kept message (most often the pressed one): marking the pressed
        // message under its old text would undo that.
        press.ifPresent(o -> (message.slot().isEmpty() ? answeredPresses : slottedPresses).add(o.toRef().value()));
    }

    /** Whether the engine said something in answer to this press, and nothing in a slot (and forgets it). */
    boolean takeAnswered(Origin press) {
        boolean answered = answeredPresses.remove(press.toRef().value());
        return !slottedPresses.remove(press.toRef().value()) && answered;
    }

    /** What only the presser is to see, if the engine said anything so (and forgets it). */
    Optional<String> takeAlert(Origin press) {
        return Optional.ofNullable(alerts.remove(press.toRef().value()));
    }
}
