package com.disputedesk.core.remind;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, repairs every case whose reminders do not match its state ({@link ReminderAudit}): plans what is
 * missing and stops what waits for nothing, through the {@link ReminderPlanner} as a case change would. Case
 * changes and their planning are one transaction, so this finds work only in a database written before they
 * were, or changed by hand; it logs one line of how many cases it repaired.
 */
final class ReminderSweep {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderAudit audit;
    private final ReminderPlanner planner;
    private final ReminderStore store;

    ReminderSweep(ReminderAudit audit, ReminderPlanner planner, ReminderStore store) {
        this.audit = audit;
        this.planner = planner;
        this.store = store;
    }

    /** Repairs what the audit finds; returns how many cases were repaired. */
    int run() {
        if (store == ReminderStore.none()) {
            return 0;
        }
        List<ReminderAudit.Finding> findings = audit.findAll();
        int repaired = 0;
        for (ReminderAudit.Finding f : findings) {
            try {
                repair(f);
                repaired++;
                log.debug("repaired the reminders of {}", f);
            } catch (RuntimeException e) {
                log.error("could not repair the reminders of {}", f, e);
            }
        }
        log.info("reminder sweep: {} case(s) whose reminders did not match their state repaired", repaired);
        return repaired;
    }

    private void repair(ReminderAudit.Finding f) {
        Optional<DisputeCase> stored = f.stored();
        if (stored.isEmpty()) {
            store.stopCase(f.caseId(), EnumSet.allOf(ReminderKind.class));
            return;
        }
        DisputeCase c = stored.get();
        for (ReminderAudit.Problem p : f.problems()) {
            switch (p) {
                case WAITING_WHILE_CLOSED -> planner.caseUpdated(c, TimelineEntry.Kind.CLOSED);
                case DEADLINE_REMINDERS_MISSING -> planner.caseCreated(c);
                // an action that is not a new offer: stops the deadline reminders, keeps a running follow-up
                case DEADLINE_REMINDERS_LEFT -> planner.caseUpdated(c, TimelineEntry.Kind.BUYER_REPLIED);
                // not an action: plans the follow-up if absent, or stops it when not awaiting the buyer
                case FOLLOW_UP_MISSING, FOLLOW_UP_LEFT -> planner.caseUpdated(c, TimelineEntry.Kind.NOTE);
                default -> throw new IllegalStateException("unknown problem " + p);
            }
        }
    }
}
