package com.disputedesk.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.entities.Message;

/**
 * The members' messages waiting for a case to be picked ("Add to case as evidence"), kept from the message command
 * until its list is answered. Kept in memory for as long as Discord lets the bot answer the list's interaction;
 * after a restart the member right-clicks the message again (nothing was stored for it yet).
 */
final class MessageTargets {
    /** As long as Discord accepts follow-ups to an interaction. */
    static final Duration KEPT = Duration.ofMinutes(15);

    /**
     * A member's message as the message command saw it.
     *
     * @param link        its jump link
     * @param author      who wrote it (their name on the server)
     * @param content     its text, may be empty
     * @param attachments its files
     */
    record Target(String link, String author, String content, List<Message.Attachment> attachments, Instant at) {
        Target {
            attachments = List.copyOf(attachments);
        }
    }

    private final Map<String, Target> kept = new ConcurrentHashMap<>();

    /** Keeps {@code target} under {@code key} (the message command's interaction id), forgetting expired ones. */
    void keep(String key, Target target) {
        kept.values().removeIf(t -> t.at().plus(KEPT).isBefore(target.at()));
        kept.put(key, target);
    }

    /** The message kept under {@code key}, removed as it is taken; empty when unknown or expired at {@code now}. */
    Optional<Target> take(String key, Instant now) {
        return Optional.ofNullable(kept.remove(key)).filter(t -> !t.at().plus(KEPT).isBefore(now));
    }
}
