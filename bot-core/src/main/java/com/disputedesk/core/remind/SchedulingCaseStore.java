package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.ForwardingCaseStore;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case store every command uses, with reminders kept in step: each stored change is passed on to the
 * {@link ReminderPlanner} after it has been stored. A failure to plan is logged, never turned into a failed case
 * change: the case is already stored, and the scheduler re-checks each case when its reminder falls due.
 */
public final class SchedulingCaseStore extends ForwardingCaseStore {
    private static final Logger log = LoggerFactory.getLogger(SchedulingCaseStore.class);

    private final ReminderPlanner planner;
    private final MemberDirectory members;
    private final Clock clock;

    public SchedulingCaseStore(CaseStore delegate, ReminderPlanner planner, MemberDirectory members, Clock clock) {
        super(delegate);
        this.planner = planner;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
        DisputeCase created = delegate.create(newCase, firstEntries);
        try {
            members.seen(created.team(), newCase.openedBy(), clock.instant());
            planner.caseCreated(created);
        } catch (RuntimeException e) {
            log.error("scheduling reminders of new case {} of team {} failed", created.number(), created.team(), e);
        }
        return created;
    }

    @Override
    public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        DisputeCase stored = delegate.update(updated, entry);
        try {
            planner.caseUpdated(stored, entry.kind());
        } catch (RuntimeException e) {
            log.error("rescheduling reminders of case {} of team {} failed", stored.number(), stored.team(), e);
        }
        return stored;
    }
}
