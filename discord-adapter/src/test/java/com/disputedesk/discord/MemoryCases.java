package com.disputedesk.discord;

import com.disputedesk.core.cases.CaseListing;
import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Cases in memory, enough for the lookups the adapter makes (autocomplete). */
final class MemoryCases implements CaseStore, CaseQueries {
    private final List<DisputeCase> cases = new ArrayList<>();

    @Override
    public synchronized DisputeCase create(NewCase c, List<TimelineEntry> firstEntries) {
        DisputeCase stored = new DisputeCase(cases.size() + 1, c.team(), new CaseNumber(cases.size() + 1), c.facts(),
                CaseState.OPEN, Optional.of(c.openedBy()), c.home(), c.openedAt(), Optional.empty(),
                Optional.empty(), 0);
        cases.add(stored);
        return stored;
    }

    @Override
    public synchronized Optional<DisputeCase> byNumber(String team, CaseNumber number) {
        return cases.stream().filter(c -> c.team().equals(team) && c.number().equals(number)).findFirst();
    }

    @Override
    public synchronized Optional<DisputeCase> byOrderId(String team, String orderId) {
        return cases.stream().filter(c -> c.team().equals(team) && c.facts().orderId().equals(orderId)).findFirst();
    }

    @Override
    public synchronized List<DisputeCase> open(String team, int limit) {
        return cases.stream().filter(c -> c.team().equals(team) && c.state() != CaseState.CLOSED)
                .sorted(Comparator.comparingLong(DisputeCase::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<DisputeCase> all(String team, int limit) {
        return cases.stream().filter(c -> c.team().equals(team))
                .sorted(Comparator.comparingLong(DisputeCase::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized DisputeCase update(DisputeCase updated, TimelineEntry entry) {
        cases.set((int) updated.id() - 1, updated);
        return updated;
    }

    @Override
    public void append(long caseId, TimelineEntry entry) {
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return List.of();
    }

    /** Open cases whose number, order id or buyer contains the text: exact, prefix, then substring, newest first. */
    @Override
    public synchronized List<DisputeCase> search(String team, String typed, int limit) {
        String key = typed.toLowerCase(Locale.ROOT);
        return open(team, Integer.MAX_VALUE).stream().filter(c -> rank(c, key) < 3)
                .sorted(Comparator.comparingInt((DisputeCase c) -> rank(c, key))
                        .thenComparing(Comparator.comparingLong(DisputeCase::id).reversed()))
                .limit(limit).toList();
    }

    private static int rank(DisputeCase c, String key) {
        List<String> fields = List.of(Integer.toString(c.number().value()),
                c.facts().orderId().toLowerCase(Locale.ROOT), c.facts().buyer().toLowerCase(Locale.ROOT));
        if (fields.contains(key)) {
            return 0;
        }
        if (fields.stream().anyMatch(f -> f.startsWith(key))) {
            return 1;
        }
        return fields.stream().anyMatch(f -> f.contains(key)) ? 2 : 3;
    }

    @Override
    public List<DisputeCase> page(String team, CaseListing listing, int offset, int limit) {
        return open(team, offset + limit).stream().skip(offset).toList();
    }

    @Override
    public int countUpTo(String team, CaseListing listing, int cap) {
        return open(team, cap).size();
    }

    @Override
    public void recordDue(long caseId, Optional<Instant> due) {
    }

    @Override
    public List<DisputeCase> withoutDue(int limit) {
        return List.of();
    }
}
