package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
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
    /** The bot's message the button or form was on; empty for a slash command. */
    private final Optional<String> messageId;
    private State state = State.OPEN;
    /** Acknowledge without a word: the answer went to the message's slot by the outbox instead. */
    private boolean quietly;
    private boolean placeholderFilled;
    private ScheduledFuture<?> deferral;
    /** The last request sent for this interaction: the next waits for it, so messages arrive in order. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param privately answer so only the member sees it (ephemeral): the channel is readable by non-staff
     */
    PendingInteraction(String id, IReplyCallback callback, ChatRef chat, String userId, UiLanguage language,
                       boolean privately, Instant receivedAt) {
        this(id, callback, chat, userId, language, privately, receivedAt, Optional.empty());
    }

    /**
     * @param messageId the bot's message a button or form was on, whose slot an answer may update in place
     */
    PendingInteraction(String id, IReplyCallback callback, ChatRef chat, String userId, UiLanguage language,
                       boolean privately, Instant receivedAt, Optional<String> messageId) {
        this.id = id;
        this.messageId = messageId;
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
     * Answers with {@code message} in the slot's message when this press or form came from that very message and
     * is not answered yet: Discord's UPDATE_MESSAGE, so the press costs no new message. A slash command not yet
     * answered is answered with a new message, which becomes the slot's (its id handed to {@code keep}).
     *
     * @param slotMessage the message the slot shows now, if any
     * @return false when it cannot be answered so: the caller edits or posts the slot's message itself
     */
    synchronized boolean answerInSlot(MessageCreateData message, Optional<String> slotMessage,
                                      Consumer<String> keep) {
        if (state != State.OPEN) {
            return false;
        }
        if (messageId.isPresent()) {
            if (!(callback instanceof IMessageEditCallback edit) || !messageId.equals(slotMessage)) {
                return false;
            }
            state = State.ANSWERED;
            cancelDeferral();
            then("updating the message of", () -> edit.editMessage(MessageEditData.fromCreateData(message)));
            return true;
        }
        if (privately) {
            // Only the member sees an ephemeral answer, and no one can edit it later: not a slot's message.
            return false;
        }
        state = State.ANSWERED;
        cancelDeferral();
        thenKeep(() -> callback.reply(message), keep);
        return true;
    }

    /** A notice only the member who pressed sees (ephemeral), whatever the channel. */
    synchronized void tellPrivately(MessageCreateData message) {
        switch (state) {
            case OPEN -> {
                state = State.ANSWERED;
                cancelDeferral();
                then("answering privately", () -> callback.reply(message).setEphemeral(true));
            }
            case DEFERRED, ANSWERED -> then("following up privately",
                    () -> callback.getHook().sendMessage(message).setEphemeral(true));
            default -> throw new IllegalStateException(state.toString());
        }
    }

    /** The answer goes elsewhere (the slot's message, by the outbox): acknowledge without a word. */
    synchronized void acknowledgeQuietly() {
        quietly = true;
    }

    /**
     * Called when handling is over: an interaction the core left unanswered still gets its acknowledgement,
     * so the member never sees "the application did not respond".
     */
    synchronized void finish(String doneText) {
        cancelDeferral();
        if (state == State.OPEN && quietly && callback instanceof IMessageEditCallback edit) {
            state = State.ANSWERED;
            then("acknowledging", edit::deferEdit);
        } else if (state == State.OPEN) {
            state = State.ANSWERED;
            then("closing", () -> callback.reply(doneText).setEphemeral(true));
        } else if (state == State.DEFERRED && !placeholderFilled) {
            placeholderFilled = true;
            then("closing the deferred", () -> callback.getHook().editOriginal(doneText));
        }
    }

    /** Like {@link #then}, handing the id of the message the answer posted to {@code keep}. */
    private void thenKeep(Supplier<RestAction<InteractionHook>> request, Consumer<String> keep) {
        tail = tail.handle((ok, error) -> null)
                .thenCompose(ignored -> request.get().submit())
                .whenComplete((hook, error) -> {
                    if (error != null) {
                        log.warn("answering interaction {} failed: {}", id(), error.toString());
                    } else if (hook.hasCallbackResponse() && hook.getCallbackResponse().getMessage() != null) {
                        keep.accept(hook.getCallbackResponse().getMessage().getId());
                    }
                });
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
