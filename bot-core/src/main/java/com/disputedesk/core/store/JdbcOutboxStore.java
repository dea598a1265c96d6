package com.disputedesk.core.store;

import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.text.Cut;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@link OutboxStore} over one outbox table, keyed by the bot's id: {@code delivery_outbox} (migration V9, every
 * platform but Telegram) or {@code telegram_outbox} (the Telegram adapter's V10, kept where it was). Both have the
 * same columns, and the claim columns of V27 ({@code shard}, {@code claimant}, {@code lease_until}).
 *
 * <p>Sequence numbers come from a named counter, so processes storing messages at once never share one. A claim
 * selects free rows and marks them in one transaction: on PostgreSQL the select takes its rows
 * {@code FOR UPDATE SKIP LOCKED} (as {@link JdbcReminderStore} does), so a row another claimant is taking is
 * skipped, never taken twice, and claimants never wait on each other; SQLite serialises the transactions. A SQLite
 * file serves one process, so the claims found there when the outbox is opened are an earlier run's: they are given
 * back then, and a restart sends at once what a killed run held.
 */
public final class JdbcOutboxStore implements OutboxStore {
    /** The shared outbox table of migration V9. */
    public static final String SHARED_TABLE = "delivery_outbox";
    /** Errors are kept for the operator, cut to this many characters. */
    private static final int MAX_ERROR = 500;
    private static final Set<String> TABLES = Set.of(SHARED_TABLE, "telegram_outbox");

    private final Jdbc jdbc;
    private final String table;
    private final String botId;
    private final String counter;
    private final boolean postgres;
    private final JdbcMessageSlots slots;

    /**
     * @param table {@link #SHARED_TABLE} or "telegram_outbox"
     * @param botId the bot's key in the table ("discord:1000"; Telegram's numeric bot id in its own table)
     */
    public JdbcOutboxStore(DataSource db, String table, String botId) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an outbox table: " + table);
        }
        this.jdbc = new Jdbc(db);
        this.table = table;
        this.botId = botId;
        this.counter = "outbox:" + table + ":" + botId;
        this.postgres = isPostgres(db);
        numberAfterStoredRows();
        if (!postgres) {
            jdbc.update("UPDATE " + table + " SET claimant = NULL, lease_until = NULL"
                    + " WHERE bot_id = ? AND state = 'pending' AND claimant IS NOT NULL", botId);
        }
        // Telegram's own table keys bots by the bare numeric id: its slots say the platform.
        this.slots = new JdbcMessageSlots(db, table.equals(SHARED_TABLE) ? botId : "telegram:" + botId);
    }

    @Override
    public JdbcMessageSlots slots() {
        return slots;
    }

    /** The outbox of {@code botId} in the shared table. */
    public static OutboxStore shared(DataSource db, String botId) {
        return new JdbcOutboxStore(db, SHARED_TABLE, botId);
    }

    @Override
    public long enqueue(long chatId, int shard, String payload, Instant at, Claim claim) {
        return jdbc.inTransaction(tx -> {
            long seq = tx.next(counter);
            tx.update("INSERT INTO " + table + " (bot_id, seq, chat_id, payload, state, attempts, created_at, shard,"
                            + " claimant, lease_until) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)",
                    botId, seq, chatId, payload, at.toEpochMilli(), shard,
                    claim == null ? null : claim.holder(), claim == null ? null : claim.until().toEpochMilli());
            return seq;
        });
    }

    @Override
    public List<Queued> claim(Claim claim, Set<Integer> shards, Instant now, int limit) {
        if (shards.isEmpty() || limit <= 0) {
            return List.of();
        }
        String in = shards.stream().map(s -> "?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(List.of(botId));
        params.addAll(shards);
        params.add(now.toEpochMilli());
        params.add(limit);
        String sql = "SELECT seq, chat_id, payload, attempts FROM " + table
                + " WHERE bot_id = ? AND state = 'pending' AND shard IN (" + in + ")"
                + " AND (claimant IS NULL OR lease_until <= ?)"
                + " ORDER BY seq LIMIT ?" + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
        return jdbc.inTransaction(tx -> {
            List<Queued> free = tx.query(sql, rs -> new Queued(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getInt(4)), params.toArray());
            for (Queued q : free) {
                tx.update("UPDATE " + table + " SET claimant = ?, lease_until = ? WHERE bot_id = ? AND seq = ?",
                        claim.holder(), claim.until().toEpochMilli(), botId, q.seq());
            }
            return free;
        });
    }

    @Override
    public void renew(Claim claim) {
        jdbc.update("UPDATE " + table + " SET lease_until = ? WHERE bot_id = ? AND claimant = ? AND state = 'pending'",
                claim.until().toEpochMilli(), botId, claim.holder());
    }

    @Override
    public void unclaim(long seq, String holder) {
        jdbc.update("UPDATE " + table + " SET claimant = NULL, lease_until = NULL"
                + " WHERE bot_id = ? AND seq = ? AND claimant = ?", botId, seq, holder);
    }

    @Override
    public void unclaim(String holder) {
        jdbc.update("UPDATE " + table + " SET claimant = NULL, lease_until = NULL"
                + " WHERE bot_id = ? AND claimant = ? AND state = 'pending'", botId, holder);
    }

    @Override
    public void delivered(long seq) {
        jdbc.update("DELETE FROM " + table + " WHERE bot_id = ? AND seq = ?", botId, seq);
    }

    @Override
    public void attempted(long seq, int attempts, String error) {
        jdbc.update("UPDATE " + table + " SET attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?",
                attempts, cut(error), botId, seq);
    }

    @Override
    public void failed(long seq, int attempts, String error) {
        jdbc.update("UPDATE " + table + " SET state = 'failed', attempts = ?, last_error = ?, claimant = NULL,"
                + " lease_until = NULL WHERE bot_id = ? AND seq = ?", attempts, cut(error), botId, seq);
    }

    @Override
    public List<Queued> pending() {
        return list("pending");
    }

    @Override
    public List<Queued> failed() {
        return list("failed");
    }

    /** Why each failed message failed, by sequence number (for the operator and tests). */
    public String lastError(long seq) {
        return jdbc.queryOne("SELECT last_error FROM " + table + " WHERE bot_id = ? AND seq = ?",
                rs -> rs.getString(1), botId, seq).orElse(null);
    }

    /** Who holds a pending message now, if anyone (for the operator and tests). */
    public String holderOf(long seq) {
        return jdbc.queryOne("SELECT claimant FROM " + table + " WHERE bot_id = ? AND seq = ?",
                rs -> rs.getString(1), botId, seq).orElse(null);
    }

    private List<Queued> list(String state) {
        return jdbc.query("SELECT seq, chat_id, payload, attempts FROM " + table
                        + " WHERE bot_id = ? AND state = ? ORDER BY seq",
                rs -> new Queued(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)), botId, state);
    }

    /** Raises the counter to the highest stored sequence number (rows stored before the counter numbered them). */
    private void numberAfterStoredRows() {
        long max = jdbc.queryOne("SELECT MAX(seq) FROM " + table + " WHERE bot_id = ?", rs -> rs.getLong(1), botId)
                .orElse(0L);
        jdbc.update("INSERT INTO counter (name, last_value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
                + " SET last_value = CASE WHEN counter.last_value < excluded.last_value THEN excluded.last_value"
                + " ELSE counter.last_value END", counter, max);
    }

    private static boolean isPostgres(DataSource db) {
        try (Connection c = db.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new StoreException("could not open the outbox", e);
        }
    }

    private static String cut(String s) {
        return s == null ? null : Cut.prefix(s, MAX_ERROR);
    }
}
