package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.stats.TeamStats;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /stats is exact well above the 100,000 cases the old in-memory count stopped at, on both databases: every
 * figure equals what adding the generated cases up one by one in Java gives.
 */
class StatsAtScaleTest {
    private static final int CASES = 120_001;
    private static final int OTHER_TEAM_CASES = 2_000;

    @TempDir
    Path dir;

    @Test
    void sqliteFiguresAreExactAboveTheOldCap() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("scale.db"), dir.resolve("evidence"), 1_000)) {
            assertExact(db);
        }
    }

    @Test
    void postgresFiguresAreExactAboveTheOldCap() {
        try (JdbcStores db = TestPostgres.open(TestPostgres.newDatabase("stats"), dir.resolve("evidence"), 1_000)) {
            assertExact(db);
        }
    }

    private static void assertExact(JdbcStores db) {
        GeneratedCases.fill(db.jdbc(), "acme", CASES, 1, 0, 0);
        GeneratedCases.fill(db.jdbc(), "other", OTHER_TEAM_CASES, CASES + 1, 0, 0);

        Instant everything = GeneratedCases.START;
        assertThat(db.stores().figures().since("acme", everything)).isEqualTo(expected("acme", CASES, everything));
        Instant lastDays = GeneratedCases.START.plus(GeneratedCases.SPACING.multipliedBy(CASES - 9_000));
        assertThat(db.stores().figures().since("acme", lastDays)).isEqualTo(expected("acme", CASES, lastDays));
        assertThat(db.stores().figures().since("acme", everything).opened()).isEqualTo(CASES);
    }

    /** The figures added up case by case, the way the old in-memory count did (without its cap). */
    private static TeamStats expected(String team, int cases, Instant since) {
        int opened = 0;
        int open = 0;
        int awaiting = 0;
        int closed = 0;
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        Map<String, Integer> marketplaces = new TreeMap<>();
        Map<String, Integer> owners = new HashMap<>();
        Map<Currency, Money> refunded = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (int i = 0; i < cases; i++) {
            GeneratedCases.Row r = GeneratedCases.row(team, i);
            if (r.openedAt().isBefore(since)) {
                continue;
            }
            opened++;
            if (r.state() == CaseState.OPEN) {
                open++;
            } else if (r.state() == CaseState.AWAITING_BUYER) {
                awaiting++;
            } else {
                closed++;
            }
            r.outcome().ifPresent(o -> outcomes.merge(o, 1, Integer::sum));
            reasons.merge(r.reason(), 1, Integer::sum);
            marketplaces.merge(r.marketplace(), 1, Integer::sum);
            r.owner().ifPresent(o -> owners.merge(o, 1, Integer::sum));
            r.refunded().ifPresent(m -> refunded.merge(m.currency(), m, Money::plus));
        }
        return new TeamStats(since, opened, open, awaiting, closed, outcomes, reasons, marketplaces, owners,
                refunded);
    }
}
