package com.disputedesk.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A small JDBC helper over a pooled {@link DataSource}, so every store (core or adapter) reads as SQL plus a row
 * mapper instead of connection bookkeeping.
 *
 * <p>Single statements run in auto-commit mode. {@link #inTransaction(Function)} runs several statements as one
 * transaction: committed when the work returns, rolled back when it throws. On SQLite the transaction takes the
 * write lock at its start ({@code BEGIN IMMEDIATE}) and waits up to the busy timeout for another writer, so a
 * read-then-write transaction never fails half-way on lock upgrade.
 *
 * <p>Inside a transaction use only the {@link Tx} handed to the work: a statement through this {@code Jdbc} runs
 * on another connection, which on SQLite waits for the transaction's own write lock and times out.
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

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction and returns its result. */
    public <T> T inTransaction(Function<Tx, T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new Tx(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
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
