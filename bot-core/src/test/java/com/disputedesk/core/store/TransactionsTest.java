package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.kernel.Transactions;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One unit over several stores, on both databases: what the stores write on the unit's thread (through
 * {@link Jdbc} or its data source) commits or rolls back together; a failed inner unit undoes only itself; what
 * waits for the commit runs after it, and never after a rollback.
 */
class TransactionsTest {
    @TempDir
    Path dir;

    @Test
    void storesOnTheUnitsThreadCommitAndRollBackTogetherOnSqlite() throws Exception {
        together(d -> JdbcStores.sqlite(d.resolve("desk.db"), d.resolve("evidence"), 1_000));
    }

    @Test
    void storesOnTheUnitsThreadCommitAndRollBackTogetherOnPostgres() throws Exception {
        String database = TestPostgres.newDatabase("tx");
        together(d -> TestPostgres.open(database, d.resolve("evidence"), 1_000));
    }

    private void together(Function<Path, JdbcStores> open) throws Exception {
        try (JdbcStores db = open.apply(dir)) {
            db.jdbc().update("CREATE TABLE probe (name VARCHAR(20) NOT NULL PRIMARY KEY)");
            Transactions units = db.stores().transactions();
            List<String> after = new ArrayList<>();

            assertThatThrownBy(() -> units.run(() -> {
                db.jdbc().update("INSERT INTO probe (name) VALUES ('by jdbc')");
                insertByDataSource(db, "by data source");
                units.afterCommit(() -> after.add("rolled back"));
                throw new IllegalStateException("the second store failed");
            })).hasMessage("the second store failed");
            assertThat(names(db)).isEmpty();
            assertThat(after).isEmpty();

            units.run(() -> {
                db.jdbc().update("INSERT INTO probe (name) VALUES ('outer')");
                units.afterCommit(() -> after.add("committed: " + names(db)));
                try {
                    units.run(() -> {
                        db.jdbc().update("INSERT INTO probe (name) VALUES ('inner')");
                        units.afterCommit(() -> after.add("inner undone"));
                        // the same key again: the database refuses it, which aborts a PostgreSQL transaction
                        db.jdbc().update("INSERT INTO probe (name) VALUES ('outer')");
                    });
                } catch (StoreException refused) {
                    // the inner unit is undone; the outer one goes on
                }
                insertByDataSource(db, "after inner");
                assertThat(after).isEmpty();
            });
            assertThat(names(db)).containsExactly("after inner", "outer");
            assertThat(after).containsExactly("committed: [after inner, outer]");
        }
    }

    private static void insertByDataSource(JdbcStores db, String name) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO probe (name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static List<String> names(JdbcStores db) {
        return db.jdbc().query("SELECT name FROM probe ORDER BY name", rs -> rs.getString(1));
    }
}
