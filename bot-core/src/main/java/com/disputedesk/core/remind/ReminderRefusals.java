package com.disputedesk.core.remind;

import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.RefusalListener;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a reminder whose message the platform refused as failed, with the platform's reason, instead of leaving
 * it "sent": the refused message is known as a reminder by its buttons, whose ids carry the reminder's id. The
 * team is told of the refusal by the refusal notices; this keeps the reminder's own record true.
 */
public final class ReminderRefusals implements RefusalListener {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderStore store;

    public ReminderRefusals(ReminderStore store) {
        this.store = store;
    }

    @Override
    public void refused(Refusal refusal) {
        Set<String> reminders = new LinkedHashSet<>();
        for (String id : refusal.buttons()) {
            if (id.startsWith(ReminderActions.PREFIX + ":")) {
                ReminderActions.Button.parsePayload(id.substring(ReminderActions.PREFIX.length() + 1))
                        .ifPresent(b -> reminders.add(b.reminderId()));
            }
        }
        for (String id : reminders) {
            if (store.refused(id, "refused: " + refusal.describe())) {
                log.error("reminder {} recorded as failed: the platform refused its message ({})", id,
                        refusal.describe());
            }
        }
    }
}
