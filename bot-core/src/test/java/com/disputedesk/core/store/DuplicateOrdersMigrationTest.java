package com.disputedesk.core.store;

import static com.disputedesk.core.store.Samples.T0;
import static com.disputedesk.core.store.Samples.entry;
import static com.disputedesk.core.store.Samples.newCase;
import static com.disputedesk.core.store.Samples.notReceived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that already holds two open cases of one order (stored before one open case per order was kept)
 * upgrades: both stay as they were and can still be worked on, and from then on the order takes no new open case.
 */
class DuplicateOrdersMigrationTest {
    private static final String ORDER = "8100000000000001";

    @TempDir
    Path dir;

    @Test
    void openCasesThatAlreadySharedAnOrderStayAndTheOrderTakesNoMore() throws SQLException {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(url, null, null)
                .locations(JdbcStores.COMMON_MIGRATIONS, JdbcStores.Vendor.SQLITE.migrationLocation())
                .target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            insertOpenCase(c, 1, 1);
            insertOpenCase(c, 2, 2);
        }

        try (JdbcStores stores = JdbcStores.sqlite(file, dir.resolve("evidence"), 1_000)) {
            CaseStore cases = stores.stores().cases();
            DisputeCase older = cases.byNumber("acme", new CaseNumber(1)).orElseThrow();
            DisputeCase newer = cases.byNumber("acme", new CaseNumber(2)).orElseThrow();
            assertThat(List.of(older.state(), newer.state())).containsOnly(CaseState.OPEN);

            DisputeCase worked = cases.update(newer.withState(CaseState.AWAITING_BUYER),
                    entry(T0, TimelineEntry.Kind.OFFER_SENT, "offer 1"));
            assertThat(worked.state()).isEqualTo(CaseState.AWAITING_BUYER);
            assertThatThrownBy(() -> cases.create(newCase("acme", notReceived(ORDER), T0), List.of()))
                    .isInstanceOfSatisfying(CaseStore.OrderAlreadyOpen.class,
                            e -> assertThat(e.open()).isEqualTo(older.number()));

            DisputeCase closed = cases.update(worked.closed(Outcome.KEPT, Optional.empty()),
                    entry(T0, TimelineEntry.Kind.CLOSED, "kept"));
            assertThatThrownBy(() -> cases.update(closed.reopened(closed.facts()),
                    entry(T0, TimelineEntry.Kind.REOPENED, "again")))
                    .isInstanceOf(CaseStore.OrderAlreadyOpen.class);
        }
    }

    private static void insertOpenCase(Connection c, long id, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispute_case (id, team, number, order_id,"
                + " marketplace, state, home_platform, home_chat, opened_at, facts, version, timeline_seq, reason,"
                + " order_key, buyer_key) VALUES (?, 'acme', ?, ?, 'aliexpress', 'open', 'telegram', '-1001', ?, ?,"
                + " 1, 0, 'not-received', ?, 'maría josé')")) {
            ps.setLong(1, id);
            ps.setInt(2, number);
            ps.setString(3, ORDER);
            ps.setString(4, Instants.format(T0));
            ps.setString(5, FactsJson.write(notReceived(ORDER)));
            ps.setString(6, ORDER);
            ps.executeUpdate();
        }
    }
}
