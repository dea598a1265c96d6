package com.disputedesk.core.home;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.ForwardingCaseStore;
import com.disputedesk.core.cases.TimelineEntry;
import java.util.Optional;

/**
 * The case store as the rest of the engine sees it once cases have homes: a case read by number or order lives in
 * its thread or topic when it has one (so reminders and every message about it go there), and closing a case
 * closes its home. The cases table keeps the chat a case was opened in, which is where it lives again if its home
 * is deleted. Lists keep the chat a case was opened in: they name cases, they send nothing to them.
 */
public final class HomeKeepingCaseStore extends ForwardingCaseStore {
    private final HomeStore homes;
    private final CaseHomes closer;

    public HomeKeepingCaseStore(CaseStore delegate, HomeStore homes, CaseHomes closer) {
        super(delegate);
        this.homes = homes;
        this.closer = closer;
    }

    @Override
    public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
        return delegate.byNumber(team, number).map(this::atHome);
    }

    @Override
    public Optional<DisputeCase> byOrderId(String team, String orderId) {
        return delegate.byOrderId(team, orderId).map(this::atHome);
    }

    @Override
    public Optional<DisputeCase> forOrder(String team, String marketplace, String orderId) {
        return delegate.forOrder(team, marketplace, orderId).map(this::atHome);
    }

    @Override
    public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        DisputeCase stored = atHome(delegate.update(updated, entry));
        closer.changed(stored.id());
        if (entry.kind() == TimelineEntry.Kind.CLOSED) {
            closer.closed(stored);
        }
        return stored;
    }

    @Override
    public void append(long caseId, TimelineEntry entry) {
        delegate.append(caseId, entry);
        closer.changed(caseId);
    }

    /** {@code c} in its home, noted as read in this turn (so a change to it by id alone updates its card). */
    private DisputeCase atHome(DisputeCase c) {
        closer.read(c, () -> byNumberQuietly(c.team(), c.number()));
        return homes.of(c.team(), c.number()).map(h -> c.livingIn(h.place())).orElse(c);
    }

    private Optional<DisputeCase> byNumberQuietly(String team, CaseNumber number) {
        return delegate.byNumber(team, number)
                .map(c -> homes.of(c.team(), c.number()).map(h -> c.livingIn(h.place())).orElse(c));
    }
}
