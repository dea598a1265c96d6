package com.disputedesk.core.cases;

import java.util.List;
import java.util.Optional;

/**
 * A case store that passes every call to another: the base of decorators that add work after a case is created or
 * changed (keeping deadlines, planning reminders) and override only those calls.
 */
public abstract class ForwardingCaseStore implements CaseStore {
    /** The store calls are passed to. */
    protected final CaseStore delegate;

    protected ForwardingCaseStore(CaseStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
        return delegate.create(newCase, firstEntries);
    }

    @Override
    public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        return delegate.update(updated, entry);
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
    public Optional<DisputeCase> forOrder(String team, String marketplace, String orderId) {
        return delegate.forOrder(team, marketplace, orderId);
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
