package com.disputedesk.core.delivery;

import java.time.Instant;

/** Which refusal notices the team has had, so each is told once. */
public interface NoticeLog {

    /** Records the notice for {@code placeKey} and {@code reason}; true the first time, false if it was told. */
    boolean firstTime(String placeKey, Refusal.Reason reason, Instant at);

    /** A log kept in memory (tests, a bot without a database). */
    static NoticeLog inMemory() {
        java.util.Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return (place, reason, at) -> told.add(place + "|" + reason);
    }
}
