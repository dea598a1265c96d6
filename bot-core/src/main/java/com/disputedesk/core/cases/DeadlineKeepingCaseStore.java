package com.disputedesk.core.cases;

import java.util.List;

/** The case store with each created or changed case's running deadline recorded right after it is stored. */
public final class DeadlineKeepingCaseStore extends ForwardingCaseStore {
    private final CaseDeadlines deadlines;

    public DeadlineKeepingCaseStore(CaseStore delegate, CaseDeadlines deadlines) {
        super(delegate);
        this.deadlines = deadlines;
    }

    @Override
    public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
        DisputeCase created = delegate.create(newCase, firstEntries);
        deadlines.record(created);
        return created;
    }

    @Override
    public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        DisputeCase stored = delegate.update(updated, entry);
        deadlines.record(stored);
        return stored;
    }
}
