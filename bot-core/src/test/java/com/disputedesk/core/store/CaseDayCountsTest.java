package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * /stats' per-day counts move with every case the store creates and changes (state, owner, reason, marketplace,
 * outcome, refund), so after any mix of creates, updates, closes and reopens they equal counting the cases again.
 */
class CaseDayCountsTest {
    private static final List<String> TEAMS = List.of("acme", "globex", "initech");
    private static final List<Member> MEMBERS = List.of(Samples.ALICE, Samples.BOB,
            new Member(Platform.DISCORD, "3003", "Chen"));
    private static final List<Money> REFUNDS = List.of(Money.of("8.00", "USD"), Money.of("0.99", "EUR"),
            Money.of("500", "JPY"), Money.of("12345678901234.57", "USD"));

    @TempDir
    Path dir;

    @Test
    void sqliteCountsEqualARecountAfterRandomChanges() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("counts.db"), dir.resolve("evidence"), 1_000)) {
            changeAtRandom(db.stores().cases(), new Random(12));
            assertThat(counts(db)).isNotEmpty().containsExactlyInAnyOrderElementsOf(recount(db));
        }
    }

    @Test
    void postgresCountsEqualARecountAfterRandomChanges() {
        try (JdbcStores db = TestPostgres.open(TestPostgres.newDatabase("counts"), dir.resolve("evidence"), 1_000)) {
            changeAtRandom(db.stores().cases(), new Random(34));
            assertThat(counts(db)).isNotEmpty().containsExactlyInAnyOrderElementsOf(recount(db));
        }
    }

    @Test
    void casesStoredBeforeTheCountsAreCountedAndSearchableWhenTheDatabaseIsUpgraded() {
        Path file = dir.resolve("old.db");
        // a database as the bot left it before the per-day counts (schema V5), with cases in it
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations(JdbcStores.COMMON_MIGRATIONS,
                JdbcStores.Vendor.SQLITE.migrationLocation()).target("5").load().migrate();
        GeneratedCases.insert(new Jdbc(old), "acme", 3_000, 1, 0, 0);
        GeneratedCases.insert(new Jdbc(old), "globex", 500, 3_001, 0, 0);

        try (JdbcStores upgraded = JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000)) {
            assertThat(counts(upgraded)).isNotEmpty().containsExactlyInAnyOrderElementsOf(recount(upgraded));
            assertThat(upgraded.stores().figures().since("acme", GeneratedCases.START).opened()).isEqualTo(3_000);
            // and the open ones are in the search for text inside a buyer name
            assertThat(upgraded.stores().queries().search("acme", "osa diaz 17", 5)).isNotEmpty()
                    .allMatch(c -> c.facts().buyer().startsWith("Rosa Diaz 17") && c.state() != CaseState.CLOSED);
        }
    }

    /** Creates cases over a few days (across UTC midnights) and changes them at random. */
    private static void changeAtRandom(CaseStore cases, Random random) {
        Instant at = Instant.parse("2026-03-01T20:00:00Z");
        List<DisputeCase> known = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(40)));
            if (known.isEmpty() || random.nextInt(3) == 0) {
                String team = TEAMS.get(random.nextInt(TEAMS.size()));
                CaseFacts facts = random.nextBoolean() ? Samples.notReceived("81" + step)
                        : Samples.wrongSize("PO-" + step);
                known.add(cases.create(Samples.newCase(team, facts, at), List.of()));
                continue;
            }
            int which = random.nextInt(known.size());
            DisputeCase c = known.get(which);
            DisputeCase changed = switch (random.nextInt(5)) {
                case 0 -> c.withState(random.nextBoolean() ? CaseState.AWAITING_BUYER : CaseState.OPEN);
                case 1 -> c.withOwner(random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(MEMBERS.get(random.nextInt(MEMBERS.size()))));
                case 2 -> c.closed(Outcome.values()[random.nextInt(Outcome.values().length)],
                        random.nextBoolean() ? Optional.empty()
                                : Optional.of(REFUNDS.get(random.nextInt(REFUNDS.size()))));
                case 3 -> withFacts(c, random);
                default -> c.withState(CaseState.OPEN);
            };
            known.set(which, cases.update(changed, Samples.entry(at, TimelineEntry.Kind.NOTE, "changed")));
        }
    }

    /** The same case with another marketplace and reason, as /edit leaves it. */
    private static DisputeCase withFacts(DisputeCase c, Random random) {
        CaseFacts f = c.facts();
        CaseFacts edited = new CaseFacts(random.nextBoolean() ? "ebay" : "temu", f.orderId(), f.buyer(),
                f.buyerLanguage(), Reason.values()[random.nextInt(Reason.values().length)], f.request(),
                f.orderAmount(), f.itemCost(), f.shippingCost(), f.shipping(), f.evidence(), f.openedOn());
        return new DisputeCase(c.id(), c.team(), c.number(), edited, c.state(), c.owner(), c.home(), c.openedAt(),
                c.outcome(), c.refunded(), c.version());
    }

    private static List<String> counts(JdbcStores db) {
        return db.jdbc().query("SELECT team, day, facet, value, cases, refunded_minor FROM case_day_count"
                + " WHERE cases <> 0 OR refunded_minor <> 0", CaseDayCountsTest::row);
    }

    private static List<String> recount(JdbcStores db) {
        return db.jdbc().query(CaseDayCounts.recount("1 = 1"), CaseDayCountsTest::row);
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Long.toString(rs.getLong(5)), Long.toString(rs.getLong(6)));
    }
}
