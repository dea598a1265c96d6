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
     * @param dispute      the case
     * @param closedAt     when it was closed; empty while it is not
     * @param firstOfferAt when its first offer went out; empty before one did
     * @param missed       the first moment at which its platform deadline had already passed, if any
     */
    record ReportedCase(DisputeCase dispute, Optional<Instant> closedAt, Optional<Instant> firstOfferAt,
                        Optional<MissedDeadline> missed) {

        /** A case with no offer sent and no deadline missed. */
        public ReportedCase(DisputeCase dispute, Optional<Instant> closedAt) {
            this(dispute, closedAt, Optional.empty(), Optional.empty());
        }
    }

    /** When the team acted after the platform's deadline had passed. */
    enum MissedDeadline implements com.disputedesk.core.kernel.Coded {
        /** The first offer went out after it (the close, if any, was later still). */
        BEFORE_FIRST_OFFER("first-offer"),
        /** The first offer was in time, or none was made, and the close was late. */
        BEFORE_CLOSE("close");

        private final String code;

        MissedDeadline(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
