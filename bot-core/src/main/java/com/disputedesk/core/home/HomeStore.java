package com.disputedesk.core.home;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.chat.ChatRef;
import java.util.Optional;

/** The port that keeps each case's home (migration V23 in the JDBC stores). */
public interface HomeStore {

    /** Keeps {@code home} as its case's home, replacing an earlier one. */
    void put(CaseHome home);

    /** The home of case {@code number} of {@code team}. */
    Optional<CaseHome> of(String team, CaseNumber number);

    /** The case whose home {@code place} is (a thread or topic, compared by its full key). */
    Optional<CaseHome> at(ChatRef place);

    /** Forgets {@code place} as a case's home (it was deleted); its case lives in its origin again. */
    void clear(ChatRef place);

    /** A store in memory, for an engine built without a database. */
    static HomeStore inMemory() {
        return new MemoryHomeStore();
    }
}
