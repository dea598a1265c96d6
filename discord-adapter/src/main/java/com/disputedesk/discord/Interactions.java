package com.disputedesk.discord;

import com.disputedesk.core.chat.PlatformRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The interactions still answerable, by the {@link PlatformRef} handed to the core. Discord accepts follow-ups
 * for 15 minutes; after that a reply goes to the channel as a plain message instead.
 */
final class Interactions {
    static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(14);
    private static final String PREFIX = "interaction:";

    private final Map<String, PendingInteraction> open = new ConcurrentHashMap<>();
    /** Registration order, so expired entries are dropped from the front without scanning them all. */
    private final Queue<PendingInteraction> byAge = new ConcurrentLinkedQueue<>();

    PlatformRef register(PendingInteraction p) {
        Instant cutoff = p.receivedAt().minus(FOLLOW_UP_WINDOW);
        for (PendingInteraction oldest = byAge.peek(); oldest != null && oldest.receivedAt().isBefore(cutoff);
             oldest = byAge.peek()) {
            if (byAge.remove(oldest)) {
                open.remove(oldest.id(), oldest);
            }
        }
        open.put(p.id(), p);
        byAge.add(p);
        return new PlatformRef(PREFIX + p.id());
    }

    /** The interaction {@code ref} names, if it is one of ours and still within the follow-up window. */
    Optional<PendingInteraction> find(PlatformRef ref, Instant now) {
        if (!ref.value().startsWith(PREFIX)) {
            return Optional.empty();
        }
        PendingInteraction p = open.get(ref.value().substring(PREFIX.length()));
        if (p == null || p.receivedAt().plus(FOLLOW_UP_WINDOW).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    int size() {
        return open.size();
    }
}
