package com.disputedesk.core.store;

import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.text.Cut;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * {@link OutboxStore} over one outbox table, keyed by the bot's id: {@code delivery_outbox} (migration V9, every
 * platform but Telegram) or {@code telegram_outbox} (the Telegram adapter's V10, kept where it was). Both have the
 * same columns.
 */
public final class JdbcOutboxStore implements OutboxStore {
    /** The shared outbox table of migration V9. */
    public static final String SHARED_TABLE = "delivery_outbox";
    /** Errors are kept for the operator, cut to this many characters. */
    private static final int MAX_ERROR = 500;
    private static final Set<String> TABLES = Set.of(SHARED_TABLE, "telegram_outbox");

    private final DataSource db;
    private final String table;
    private final String botId;
    private final AtomicLong nextSeq;
    private final JdbcMessageSlots slots;

    /**
     * @param table {@link #SHARED_TABLE} or "telegram_outbox"
     * @param botId the bot's key in the table ("discord:1000"; Telegram's numeric bot id in its own table)
     */
    public JdbcOutboxStore(DataSource db, String table, String botId) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an outbox table: " + table);
        }
        this.db = db;
        this.table = table;
        this.botId = botId;
        this.nextSeq = new AtomicLong(maxSeq() + 1);
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
    public long enqueue(long chatId, String payload, Instant at) {
        long seq = nextSeq.getAndIncrement();
        update("INSERT INTO " + table + " (bot_id, seq, chat_id, payload, state, attempts, created_at) "
                + "VALUES (?, ?, ?, ?, 'pending', 0, ?)", ps -> {
                    ps.setString(1, botId);
                    ps.setLong(2, seq);
                    ps.setLong(3, chatId);
                    ps.setString(4, payload);
                    ps.setLong(5, at.toEpochMilli());
                });
        return seq;
    }

    @Override
    public void delivered(long seq) {
        update("DELETE FROM " + table + " WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setString(1, botId);
            ps.setLong(2, seq);
        });
    }

    @Override
    public void attempted(long seq, int attempts, String error) {
        update("UPDATE " + table + " SET attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setInt(1, attempts);
            ps.setString(2, cut(error));
            ps.setString(3, botId);
            ps.setLong(4, seq);
        });
    }

    @Override
    public void failed(long seq, int attempts, String error) {
        update("UPDATE " + table + " SET state = 'failed', attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?",
                ps -> {
                    ps.setInt(1, attempts);
                    ps.setString(2, cut(error));
                    ps.setString(3, botId);
                    ps.setLong(4, seq);
                });
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
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT last_error FROM " + table + " WHERE bot_id = ? AND seq = ?")) {
            ps.setString(1, botId);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the outbox", e);
        }
    }

    private List<Queued> list(String state) {
        List<Queued> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT seq, chat_id, payload, attempts FROM " + table + " WHERE bot_id = ? AND state = ? "
                        + "ORDER BY seq")) {
            ps.setString(1, botId);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Queued(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the outbox", e);
        }
        return out;
    }

    private long maxSeq() {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(seq) FROM " + table + " WHERE bot_id = ?")) {
            ps.setString(1, botId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the outbox", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not write the outbox", e);
        }
    }

    private static String cut(String s) {
        return s == null ? null : Cut.prefix(s, MAX_ERROR);
    }
}
