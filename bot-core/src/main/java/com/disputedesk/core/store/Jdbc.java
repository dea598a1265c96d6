package com.disputedesk.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small JDBC helper over a pooled {@link DataSource}, so every store (core or adapter) reads as SQL plus a row
 * mapper instead of connection bookkeeping.
 *
 * <p>Single statements run in auto-commit mode. {@link #inTransaction(Function)} runs several statements as one
 * transaction: committed when the work returns, rolled back when it throws. On SQLite the transaction takes the
 * write lock at its start ({@code BEGIN IMMEDIATE}) and waits up to the busy timeout for another writer, so a
 * read-then-write transaction never fails half-way on lock upgrade.
 *
 * <p>The transaction is bound to the thread that runs it: every statement this {@code Jdbc} (or a store using
 * {@link #dataSource()}) runs on that thread meanwhile joins it, and so does an {@code inTransaction} started inside
 * it, under a savepoint: its failure undoes only its own statements, and nothing is kept unless the outermost
 * transaction commits. So a case, its reminders and the draft it came from are written by their own stores and
 * still commit together ({@link JdbcTransactions}). Statements of other threads use other connections (on SQLite
 * they wait for the transaction's write lock).
 *
 * <p>Portable ids: neither identity nor serial columns are shared by SQLite and PostgreSQL, so tables take ids
 * from {@link Tx#next(String)}, a named counter in the shared {@code counter} table.
 *
 * <p>Parameters are bound in order with {@code setObject}; {@code null} and an empty {@link Optional} bind SQL
 * NULL, a present {@link Optional} binds its value. Failures surface as the unchecked {@link StoreException}.
 *
 * <pre>{@code
 * Jdbc jdbc = stores.jdbc();
 * jdbc.update("INSERT INTO telegram_offset(bot, last_update) VALUES (?, ?)", "main", 42L);
 * Optional<Long> last = jdbc.queryOne("SELECT last_update FROM telegram_offset WHERE bot = ?",
 *         rs -> rs.getLong(1), "main");
 * long id = jdbc.inTransaction(tx -> { tx.update(...); return tx.queryOne(...).orElseThrow(); });
 * }</pre>
 */
public final class Jdbc {

    /** Maps the current row of a result set; must not move the cursor. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(Jdbc.class);

    private final DataSource dataSource;
    private final DataSource shared;
    /** The transaction this thread runs, if any. */
    private final ThreadLocal<Open> open = new ThreadLocal<>();

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.shared = new SharingDataSource();
    }

    /**
     * The data source for stores that take connections themselves: on a thread running a transaction of this
     * {@code Jdbc} it hands out that transaction's connection (whose close, commit, rollback and auto-commit
     * changes are left to the transaction), otherwise a pooled one.
     */
    public DataSource dataSource() {
        return shared;
    }

    /**
     * Runs {@code work} in one transaction and returns its result. Inside a transaction of this thread it joins
     * that one under a savepoint (see the class comment).
     */
    public <T> T inTransaction(Function<Tx, T> work) {
        Open current = open.get();
        if (current != null) {
            return nested(current, work);
        }
        Open started;
        T result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            started = new Open(c);
            open.set(started);
            try {
                result = work.apply(new Tx(c));
                c.commit();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                open.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
        started.committed();
        return result;
    }

    /** Runs {@code action} once this thread's transaction commits; at once when none runs. */
    public void afterCommit(Runnable action) {
        Open current = open.get();
        if (current == null) {
            Open.runQuietly(action);
        } else {
            current.after.add(action);
        }
    }

    /** Whether this thread runs a transaction of this {@code Jdbc}. */
    public boolean transactionRunning() {
        return open.get() != null;
    }

    private static <T> T nested(Open current, Function<Tx, T> work) {
        Connection c = current.connection;
        int actions = current.after.size();
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw new StoreException("savepoint failed: " + e.getMessage(), e);
        }
        try {
            T result = work.apply(new Tx(c));
            c.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException | Error e) {
            try {
                c.rollback(savepoint);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            current.after.subList(actions, current.after.size()).clear();
            throw e;
        } catch (SQLException e) {
            throw new StoreException("savepoint release failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction. */
    public void useTransaction(Consumer<Tx> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Every row the query returns, mapped. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> Tx.query(c, sql, mapper, params));
    }

    /** The first row the query returns, mapped; empty when there is none. */
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> Tx.queryOne(c, sql, mapper, params));
    }

    /** Runs an INSERT, UPDATE or DELETE (or DDL) and returns the number of rows changed. */
    public int update(String sql, Object... params) {
        return withConnection(c -> Tx.update(c, sql, params));
    }

    private interface ConnectionWork<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Open current = open.get();
        if (current != null) {
            try {
                return work.apply(current.connection);
            } catch (SQLException e) {
                throw new StoreException("statement failed: " + e.getMessage(), e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("statement failed: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A transaction running on one thread, and what waits for its commit. */
    private static final class Open {
        final Connection connection;
        final List<Runnable> after = new ArrayList<>();

        Open(Connection connection) {
            this.connection = connection;
        }

        void committed() {
            for (Runnable action : after) {
                runQuietly(action);
            }
        }

        static void runQuietly(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the change is stored; what follows it (waking a scheduler) must not turn it into a failure
                log.error("an action after a commit failed", e);
            }
        }
    }

    /** {@link #dataSource()}: the open transaction's connection on its thread, a pooled one elsewhere. */
    private final class SharingDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Open current = open.get();
            return current == null ? dataSource.getConnection() : borrowed(current.connection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Open current = open.get();
            return current == null ? dataSource.getConnection(username, password) : borrowed(current.connection);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return dataSource.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            dataSource.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            dataSource.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return dataSource.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return dataSource.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : dataSource.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || dataSource.isWrapperFor(iface);
        }
    }

    /**
     * The transaction's connection lent to a store: its close, commit, rollback and auto-commit switches are the
     * transaction's to do, so here they do nothing (a failure still reaches the transaction as the exception).
     */
    private static Connection borrowed(Connection c) {
        return (Connection) Proxy.newProxyInstance(Jdbc.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close", "commit", "setAutoCommit" -> {
                            return null;
                        }
                        case "rollback" -> {
                            if (args == null) {
                                return null;
                            }
                        }
                        case "getAutoCommit" -> {
                            return false;
                        }
                        case "isClosed" -> {
                            return c.isClosed();
                        }
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** One open transaction: the statements of {@link Jdbc#inTransaction(Function)}'s work. */
    public static final class Tx {
        private final Connection connection;

        private Tx(Connection connection) {
            this.connection = connection;
        }

        /**
         * Increments the named counter ("reminder", "case-number:acme") and returns its new value, starting at 1.
         * Atomic under concurrency in both databases (an upsert that locks the counter's row until this
         * transaction ends), so two processes never get the same value; a rolled-back transaction gives its
         * value back.
         */
        public long next(String counter) {
            return queryOne("INSERT INTO counter (name, last_value) VALUES (?, 1)"
                    + " ON CONFLICT (name) DO UPDATE SET last_value = counter.last_value + 1"
                    + " RETURNING last_value", rs -> rs.getLong(1), counter)
                    .orElseThrow(() -> new IllegalStateException("counter " + counter + " returned nothing"));
        }

        /** The underlying connection, for what the helpers do not cover (batches). Do not commit or close it. */
        public Connection connection() {
            return connection;
        }

        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
            try {
                return query(connection, sql, mapper, params);
            } catch (SQLException e) {
                throw new StoreException("query failed: " + e.getMessage(), e);
            }
        }

        /**
         * Hands every row the query returns to {@code each} as it is read, {@code fetchSize} rows fetched at a
         * time: PostgreSQL then streams a large result through a cursor instead of holding all of it (which it
         * does only inside a transaction, as here).
         */
        public void each(String sql, int fetchSize, RowMapper<?> each, Object... params) {
            try (PreparedStatement ps = prepare(connection, sql, params)) {
                ps.setFetchSize(fetchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.map(rs);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("query failed: " + e.getMessage(), e);
            }
        }

        public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
            try {
                return queryOne(connection, sql, mapper, params);
            } catch (SQLException e) {
                throw new StoreException("query failed: " + e.getMessage(), e);
            }
        }

        public int update(String sql, Object... params) {
            try {
                return update(connection, sql, params);
            } catch (SQLException e) {
                throw new StoreException("statement failed: " + e.getMessage(), e);
            }
        }

        static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
                throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }

        static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
                throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }

        static int update(Connection c, String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        }

        private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            try {
                for (int i = 0; i < params.length; i++) {
                    Object value = params[i] instanceof Optional ? ((Optional<?>) params[i]).orElse(null) : params[i];
                    if (value == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, value);
                    }
                }
                return ps;
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        }
    }
}
