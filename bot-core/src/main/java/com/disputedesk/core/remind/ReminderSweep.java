package com.disputedesk.core.remind;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, repairs every case whose reminders do not match its state ({@link ReminderAudit}): stores the
 * reminders it is missing (never reviving one already stored, so a warning sent is not sent again) and stops those
 * left waiting for nothing. Case changes and their planning are one transaction, so this finds work only in a
 * database written before they were, or changed by hand; it logs one line of how many cases it repaired.
 */
final class ReminderSweep {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderAudit audit;
    private final ReminderStore store;

    ReminderSweep(ReminderAudit audit, ReminderStore store) {
        this.audit = audit;
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
                f.missing().forEach(store::scheduleIfAbsent);
                f.left().forEach(store::stop);
                repaired++;
                log.debug("repaired the reminders of {}", f);
            } catch (RuntimeException e) {
                log.error("could not repair the reminders of {}", f, e);
            }
        }
        log.info("reminder sweep: {} case(s) whose reminders did not match their state repaired", repaired);
        return repaired;
    }
}
