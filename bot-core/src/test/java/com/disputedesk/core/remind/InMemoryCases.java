package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A case store in memory with the port's rules (numbering per team, opener owns, optimistic versions). */
final class InMemoryCases implements CaseStore {
    private final Map<Long, DisputeCase> cases = new HashMap<>();
    private final Map<Long, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized DisputeCase create(NewCase n, List<TimelineEntry> firstEntries) {
        int number = lastNumber.merge(n.team(), 1, Integer::sum);
        DisputeCase c = new DisputeCase(nextId++, n.team(), new CaseNumber(number), n.facts(), CaseState.OPEN,
                Optional.of(n.openedBy()), n.home(), n.openedAt(), Optional.empty(), Optional.empty(), 0);
        cases.put(c.id(), c);
        timelines.put(c.id(), new ArrayList<>(firstEntries));
        return c;
    }

    @Override
    public synchronized Optional<DisputeCase> byNumber(String team, CaseNumber number) {
        return cases.values().stream().filter(c -> c.team().equals(team) && c.number().equals(number)).findFirst();
    }

    @Override
    public synchronized Optional<DisputeCase> byOrderId(String team, String orderId) {
        return all(team, Integer.MAX_VALUE).stream().filter(c -> c.facts().orderId().equals(orderId)).findFirst();
    }

    @Override
    public synchronized List<DisputeCase> open(String team, int limit) {
        return all(team, Integer.MAX_VALUE).stream().filter(c -> c.state() != CaseState.CLOSED).limit(limit).toList();
    }

    @Override
    public synchronized List<DisputeCase> all(String team, int limit) {
        return cases.values().stream().filter(c -> c.team().equals(team))
                .sorted(Comparator.comparingLong(DisputeCase::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized DisputeCase update(DisputeCase u, TimelineEntry entry) {
        DisputeCase stored = cases.get(u.id());
        if (stored == null || stored.version() != u.version()) {
            throw new ConcurrentCaseUpdate("case " + u.id() + " changed");
        }
        DisputeCase next = new DisputeCase(u.id(), stored.team(), stored.number(), stored.facts(), u.state(), u.owner(),
                stored.home(), stored.openedAt(), u.outcome(), u.refunded(), u.version() + 1);
        cases.put(next.id(), next);
        timelines.get(next.id()).add(entry);
        return next;
    }

    @Override
    public synchronized void append(long caseId, TimelineEntry entry) {
        timelines.get(caseId).add(entry);
    }

    @Override
    public synchronized List<TimelineEntry> timeline(long caseId) {
        return List.copyOf(timelines.get(caseId));
    }
}
