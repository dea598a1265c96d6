package com.disputedesk.core.cases;

import java.util.List;
import java.util.Optional;

/** The case store with each created or changed case's running deadline recorded right after it is stored. */
public final class DeadlineKeepingCaseStore implements CaseStore {
    private final CaseStore delegate;
    private final CaseDeadlines deadlines;

    public DeadlineKeepingCaseStore(CaseStore delegate, CaseDeadlines deadlines) {
        this.delegate = delegate;
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

    @Override
    public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
        return delegate.byNumber(team, number);
    }

    @Override
    public Optional<DisputeCase> byOrderId(String team, String orderId) {
        return delegate.byOrderId(team, orderId);
    }

    @Override
    public List<DisputeCase> open(String team, int limit) {
        return delegate.open(team, limit);
    }

    @Override
    public List<DisputeCase> all(String team, int limit) {
        return delegate.all(team, limit);
    }

    @Override
    public void append(long caseId, TimelineEntry entry) {
        delegate.append(caseId, entry);
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return delegate.timeline(caseId);
    }
}
