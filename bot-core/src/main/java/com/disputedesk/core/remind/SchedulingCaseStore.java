package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.ForwardingCaseStore;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * The case store every command uses, with reminders kept in step: each change of a case and the
 * {@link ReminderPlanner}'s planning or cancelling of its reminders are one transaction, so a case is never stored
 * without the reminders its state needs (a failure to plan fails the change, and nothing of it is kept). The
 * scheduler is woken once the transaction is committed, so it sees the new reminders.
 */
public final class SchedulingCaseStore extends ForwardingCaseStore {
    private final ReminderPlanner planner;
    private final MemberDirectory members;
    private final Clock clock;
    private final Transactions transactions;
    private final Runnable wake;

    /**
     * @param transactions units over the database of both {@code delegate} and the planner's reminder store
     * @param wake         wakes the scheduler, run after each commit
     */
    public SchedulingCaseStore(CaseStore delegate, ReminderPlanner planner, MemberDirectory members, Clock clock,
                               Transactions transactions, Runnable wake) {
        super(delegate);
        this.planner = planner;
        this.members = members;
        this.clock = clock;
        this.transactions = transactions;
        this.wake = wake;
    }

    @Override
    public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
        return transactions.inTransaction(() -> {
            DisputeCase created = delegate.create(newCase, firstEntries);
            members.seen(created.team(), newCase.openedBy(), clock.instant());
            planner.caseCreated(created);
            transactions.afterCommit(wake);
            return created;
        });
    }

    @Override
    public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        return transactions.inTransaction(() -> {
            DisputeCase stored = delegate.update(updated, entry);
            planner.caseUpdated(stored, entry.kind());
            transactions.afterCommit(wake);
            return stored;
        });
    }
}
