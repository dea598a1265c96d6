package com.disputedesk.core.store;

import static com.disputedesk.core.store.Samples.T0;
import static com.disputedesk.core.store.Samples.wrongSize;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.stats.OutcomeFigures;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases stored before the outcome columns count in /stats once the database is upgraded, on both databases: the
 * order value from the facts, the first offer from the timeline, the times and the deadlines missed from the
 * recorded deadline.
 */
class OutcomeColumnsMigrationTest {
    private static final String ORDER = "PO-211-000001";

    @TempDir
    Path dir;

    @Test
    void sqliteFillsTheOutcomeColumnsOfOlderCases() throws SQLException {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        migrateBefore(url, null, null, JdbcStores.Vendor.SQLITE);
        try (Connection c = DriverManager.getConnection(url)) {
            insertClosedCase(c);
        }
        try (JdbcStores stores = JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000)) {
            assertCounted(stores);
        }
    }

    @Test
    void postgresFillsTheOutcomeColumnsOfOlderCases() throws SQLException {
        String url = TestPostgres.newDatabase("outcome_columns");
        migrateBefore(url, "postgres", "postgres", JdbcStores.Vendor.POSTGRESQL);
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            insertClosedCase(c);
        }
        try (JdbcStores stores = TestPostgres.open(url, dir.resolve("evidence"), 1_000)) {
            assertCounted(stores);
        }
    }

    private static void migrateBefore(String url, String user, String password, JdbcStores.Vendor vendor) {
        Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(url, user, password)
                .locations(JdbcStores.COMMON_MIGRATIONS, vendor.migrationLocation())
                .target("20").load().migrate();
    }

    /** Closed as a partial refund 3 days after opening; the 1-day deadline passed before the offer at 30 hours. */
    private static void assertCounted(JdbcStores stores) {
        OutcomeFigures team = stores.stores().figures().outcomes("acme", T0).team();

        Currency jpy = Currency.getInstance("JPY");
        assertThat(team).isEqualTo(new OutcomeFigures(1, 1, 1, Map.of(jpy, new OutcomeFigures.Value(
                Money.of("3500", "JPY"), Money.of("500", "JPY"))), 1, 1, 0, 0,
                Optional.of(Duration.ofHours(30)), Optional.of(Duration.ofDays(3))));
    }

    private static void insertClosedCase(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispute_case (id, team, number, order_id,"
                + " marketplace, state, home_platform, home_chat, opened_at, outcome, refunded_amount,"
                + " refunded_currency, refunded_minor, facts, version, timeline_seq, reason, order_key, buyer_key,"
                + " closed_at, due_at) VALUES (1, 'acme', 1, ?, 'temu', 'closed', 'telegram', '-1001', ?,"
                + " 'partial-refund', '500', 'JPY', 500, ?, 3, 2, 'wrong-size', ?, '@kenji', ?, ?)")) {
            ps.setString(1, ORDER);
            ps.setString(2, Instants.format(T0));
            ps.setString(3, FactsJson.write(wrongSize(ORDER)));
            ps.setString(4, ORDER.toLowerCase());
            ps.setString(5, Instants.format(T0.plus(Duration.ofDays(3))));
            ps.setLong(6, T0.plus(Duration.ofDays(1)).toEpochMilli());
            ps.executeUpdate();
        }
        timeline(c, 1, T0.plus(Duration.ofHours(30)), "offer", "offer 1: partial-refund 500 JPY");
        timeline(c, 2, T0.plus(Duration.ofDays(3)), "closed", "partial-refund, refunded 500 JPY");
    }

    private static void timeline(Connection c, int seq, Instant at, String kind, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_timeline (case_id, seq, at, actor, kind,"
                + " text) VALUES (1, ?, ?, 'telegram:42 Alice', ?, ?)")) {
            ps.setInt(1, seq);
            ps.setString(2, Instants.format(at));
            ps.setString(3, kind);
            ps.setString(4, text);
            ps.executeUpdate();
        }
    }
}
