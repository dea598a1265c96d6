package com.disputedesk.core.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cases a period's reports read one by one (the CSV export, the /stats chart's trend): every case of a team
 * opened or closed at or after a moment. Cases are handed over as they are read (those opened before the moment
 * and closed after it first, then those opened after it, each by number), so a report holds only what it adds up,
 * never the whole list.
 */
@FunctionalInterface
public interface CaseReports {

    /** Hands every case of {@code team} opened or closed at or after {@code since} to {@code each}. */
    void eachSince(String team, Instant since, Consumer<ReportedCase> each);

    /**
     * A case as reports see it.
     *
     * @param dispute  the case
     * @param closedAt when it was closed; empty while it is not
     */
    record ReportedCase(DisputeCase dispute, Optional<Instant> closedAt) {
    }
}
