package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
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

    private final String id;
    private final IReplyCallback callback;
    private final ChatRef chat;
    private final String userId;
    private final UiLanguage language;
    private final boolean privately;
    private final Instant receivedAt;
    private State state = State.OPEN;
    private boolean placeholderFilled;
    private ScheduledFuture<?> deferral;
    /** The last request sent for this interaction: the next waits for it, so messages arrive in order. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param privately answer so only the member sees it (ephemeral): the channel is readable by non-staff
     */
    PendingInteraction(String id, IReplyCallback callback, ChatRef chat, String userId, UiLanguage language,
                       boolean privately, Instant receivedAt) {
        this.id = id;
        this.privately = privately;
        this.callback = callback;
        this.chat = chat;
        this.userId = userId;
        this.language = language;
        this.receivedAt = receivedAt;
    }

    String id() {
        return id;
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
            then("deferring", () -> callback.deferReply(privately));
        }
    }

    /** Sends one message answering the interaction: the response, the placeholder's content, or a follow-up. */
    synchronized void answer(MessageCreateData message) {
        switch (state) {
            case OPEN -> {
                state = State.ANSWERED;
                cancelDeferral();
                then("answering", () -> callback.reply(message).setEphemeral(privately));
            }
            case DEFERRED -> {
                if (placeholderFilled) {
                    then("following up", () -> callback.getHook().sendMessage(message).setEphemeral(privately));
                } else {
                    placeholderFilled = true;
                    then("answering the deferred",
                            () -> callback.getHook().editOriginal(MessageEditData.fromCreateData(message)));
                }
            }
            case ANSWERED -> then("following up",
                    () -> callback.getHook().sendMessage(message).setEphemeral(privately));
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
            then("closing", () -> callback.reply(doneText).setEphemeral(true));
        } else if (state == State.DEFERRED && !placeholderFilled) {
            placeholderFilled = true;
            then("closing the deferred", () -> callback.getHook().editOriginal(doneText));
        }
    }

    private void cancelDeferral() {
        if (deferral != null) {
            deferral.cancel(false);
        }
    }

    /**
     * Sends {@code request} once the previous one for this interaction has completed. Discord's placeholder edit
     * and follow-ups use different rate-limit buckets, so JDA alone could deliver them out of order.
     */
    private void then(String what, Supplier<RestAction<?>> request) {
        tail = tail.handle((ok, error) -> null)
                .thenCompose(ignored -> request.get().submit())
                .whenComplete((ok, error) -> {
                    if (error != null) {
                        log.warn("{} interaction {} failed: {}", what, id(), error.toString());
                    }
                });
    }
}
