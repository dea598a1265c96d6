package com.disputedesk.core.intake;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.store.Stores;
import com.disputedesk.core.team.SettingsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stores standing in for the JDBC ones in engine tests; they outlive a desk "restart". */
final class FakeStores {
    final Dialogs dialogs = new Dialogs();
    final Cases cases = new Cases();
    final Settings settings = new Settings();

    Stores stores() {
        return new Stores(cases, dialogs, settings, null);
    }

    /** Dialog states by key. */
    static final class Dialogs implements DialogStore {
        final Map<String, StoredDialog> byKey = new LinkedHashMap<>();
        int saves;

        @Override
        public synchronized Optional<StoredDialog> load(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public synchronized void save(StoredDialog dialog) {
            saves++;
            byKey.put(dialog.key(), dialog);
        }

        @Override
        public synchronized void delete(String key) {
            byKey.remove(key);
        }

        @Override
        public synchronized int deleteIdleSince(Instant cutoff) {
            int before = byKey.size();
            byKey.values().removeIf(d -> d.updatedAt().isBefore(cutoff));
            return before - byKey.size();
        }
    }

    /** Cases numbered per team, with their timelines. */
    static final class Cases implements CaseStore {
        final List<DisputeCase> all = new ArrayList<>();
        final Map<Long, List<TimelineEntry>> timelines = new HashMap<>();

        @Override
        public synchronized DisputeCase create(NewCase n, List<TimelineEntry> firstEntries) {
            int number = (int) all.stream().filter(c -> c.team().equals(n.team())).count() + 1;
            DisputeCase c = new DisputeCase(all.size() + 1L, n.team(), new CaseNumber(number), n.facts(),
                    CaseState.OPEN, Optional.of(n.openedBy()), n.home(), n.openedAt(), Optional.empty(),
                    Optional.empty(), 0);
            all.add(c);
            timelines.put(c.id(), new ArrayList<>(firstEntries));
            return c;
        }

        @Override
        public synchronized Optional<DisputeCase> byNumber(String team, CaseNumber number) {
            return all.stream().filter(c -> c.team().equals(team) && c.number().equals(number)).findFirst();
        }

        @Override
        public synchronized Optional<DisputeCase> byOrderId(String team, String orderId) {
            return all.stream().filter(c -> c.team().equals(team) && c.facts().orderId().equals(orderId))
                    .max(Comparator.comparing(DisputeCase::id));
        }

        @Override
        public synchronized List<DisputeCase> open(String team, int limit) {
            return all.stream().filter(c -> c.team().equals(team) && c.state() != CaseState.CLOSED).limit(limit)
                    .toList();
        }

        @Override
        public synchronized List<DisputeCase> all(String team, int limit) {
            return all.stream().filter(c -> c.team().equals(team)).limit(limit).toList();
        }

        @Override
        public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
            throw new UnsupportedOperationException("not needed by intake");
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

    /** Settings by team and name. */
    static final class Settings implements SettingsStore {
        final Map<String, String> values = new HashMap<>();

        @Override
        public synchronized Optional<String> get(String team, String name) {
            return Optional.ofNullable(values.get(team + "/" + name));
        }

        @Override
        public synchronized void put(String team, String name, String value) {
            values.put(team + "/" + name, value);
        }

        @Override
        public synchronized Map<String, String> all(String team) {
            Map<String, String> out = new HashMap<>();
            values.forEach((k, v) -> {
                if (k.startsWith(team + "/")) {
                    out.put(k.substring(team.length() + 1), v);
                }
            });
            return out;
        }
    }
}
