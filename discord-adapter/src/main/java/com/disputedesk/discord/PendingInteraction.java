package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.team.UiLanguage;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interaction the core is working on, and how it has been answered so far. Discord wants exactly one
 * acknowledgement within 3 s: the first reply answers the interaction itself; when handling is slow the adapter
 * defers first ("thinking..."), the first reply then fills that placeholder; every later reply is a follow-up.
 * Synchronized because the deferral timer and the handling thread race for the first answer.
 */
final class PendingInteraction {
    private static final Logger log = LoggerFactory.getLogger(PendingInteraction.class);

    private enum State { OPEN, DEFERRED, ANSWERED }

    private final IReplyCallback callback;
    private final ChatRef chat;
    private final String userId;
    private final UiLanguage language;
    private final Instant receivedAt;
    private State state = State.OPEN;
    private boolean placeholderFilled;
    private ScheduledFuture<?> deferral;

    PendingInteraction(IReplyCallback callback, ChatRef chat, String userId, UiLanguage language,
                       Instant receivedAt) {
        this.callback = callback;
        this.chat = chat;
        this.userId = userId;
        this.language = language;
        this.receivedAt = receivedAt;
    }

    String id() {
        return callback.getId();
    }

    ChatRef chat() {
        return chat;
    }

    String userId() {
        return userId;
    }

    UiLanguage language() {
        return language;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    synchronized void deferralScheduled(ScheduledFuture<?> timer) {
        this.deferral = timer;
    }

    /** Acknowledges the interaction with a "thinking..." placeholder unless it has been answered already. */
    synchronized void deferIfOpen() {
        if (state == State.OPEN) {
            state = State.DEFERRED;
            callback.deferReply().queue(null, e -> log.warn("deferring interaction {} failed: {}", id(), e.toString()));
        }
    }

    /** Sends one message answering the interaction: the response, the placeholder's content, or a follow-up. */
    synchronized void answer(MessageCreateData message) {
        switch (state) {
            case OPEN -> {
                state = State.ANSWERED;
                cancelDeferral();
                callback.reply(message).queue(null, e -> failed("answering", e));
            }
            case DEFERRED -> {
                if (placeholderFilled) {
                    callback.getHook().sendMessage(message).queue(null, e -> failed("following up", e));
                } else {
                    placeholderFilled = true;
                    callback.getHook().editOriginal(MessageEditData.fromCreateData(message))
                            .queue(null, e -> failed("answering the deferred", e));
                }
            }
            case ANSWERED -> callback.getHook().sendMessage(message).queue(null, e -> failed("following up", e));
            default -> throw new IllegalStateException(state.toString());
        }
    }

    /**
     * Called when handling is over: an interaction the core left unanswered still gets its acknowledgement,
     * so the member never sees "the application did not respond".
     */
    synchronized void finish(String doneText) {
        cancelDeferral();
        if (state == State.OPEN) {
            state = State.ANSWERED;
            callback.reply(doneText).setEphemeral(true).queue(null, e -> failed("closing", e));
        } else if (state == State.DEFERRED && !placeholderFilled) {
            placeholderFilled = true;
            callback.getHook().editOriginal(doneText).queue(null, e -> failed("closing the deferred", e));
        }
    }

    private void cancelDeferral() {
        if (deferral != null) {
            deferral.cancel(false);
        }
    }

    private void failed(String what, Throwable e) {
        log.warn("{} interaction {} failed: {}", what, id(), e.toString());
    }
}
