package com.disputedesk.core.store;

import com.disputedesk.core.delivery.DeliveryLedger;
import com.disputedesk.core.text.Cut;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * {@link DeliveryLedger} over the adapter tables of migration V10 (telegram_poll_offset, telegram_processed_update,
 * telegram_outbox), keyed by the bot's id.
 */
public final class JdbcDeliveryLedger implements DeliveryLedger {
    /** Errors are kept for the operator, cut to this many characters. */
    private static final int MAX_ERROR = 500;

    private final DataSource db;
    private final String botId;
    private final AtomicLong nextSeq;

    public JdbcDeliveryLedger(DataSource db, String botId) {
        this.db = db;
        this.botId = botId;
        this.nextSeq = new AtomicLong(queryLong("SELECT MAX(seq) FROM telegram_outbox WHERE bot_id = ?").orElse(0) + 1);
    }

    /** Opens a ledger per bot over {@code db}. */
    public static DeliveryLedger.Opener opener(DataSource db) {
        return botId -> new JdbcDeliveryLedger(db, botId);
    }

    @Override
    public OptionalLong offset() {
        return queryLong("SELECT next_offset FROM telegram_poll_offset WHERE bot_id = ?");
    }

    @Override
    public void saveOffset(long offset) {
        try (Connection c = db.getConnection()) {
            int n;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE telegram_poll_offset SET next_offset = ? WHERE bot_id = ?")) {
                ps.setLong(1, offset);
                ps.setString(2, botId);
                n = ps.executeUpdate();
            }
            if (n == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO telegram_poll_offset (bot_id, next_offset) VALUES (?, ?)")) {
                    ps.setString(1, botId);
                    ps.setLong(2, offset);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not store the polling offset", e);
        }
    }

    @Override
    public boolean isProcessed(long updateId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM telegram_processed_update WHERE bot_id = ? AND update_id = ?")) {
            ps.setString(1, botId);
            ps.setLong(2, updateId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read processed updates", e);
        }
    }

    @Override
    public void markProcessed(long updateId, String outcome, Instant at) {
        update("INSERT INTO telegram_processed_update (bot_id, update_id, outcome, processed_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, botId);
                    ps.setLong(2, updateId);
                    ps.setString(3, outcome);
                    ps.setLong(4, at.toEpochMilli());
                });
    }

    @Override
    public void pruneProcessed(Instant before) {
        update("DELETE FROM telegram_processed_update WHERE bot_id = ? AND processed_at < ?", ps -> {
            ps.setString(1, botId);
            ps.setLong(2, before.toEpochMilli());
        });
    }

    @Override
    public long enqueue(long chatId, String payload, Instant at) {
        long seq = nextSeq.getAndIncrement();
        update("INSERT INTO telegram_outbox (bot_id, seq, chat_id, payload, state, attempts, created_at) "
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
        update("DELETE FROM telegram_outbox WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setString(1, botId);
            ps.setLong(2, seq);
        });
    }

    @Override
    public void attempted(long seq, int attempts, String error) {
        update("UPDATE telegram_outbox SET attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setInt(1, attempts);
            ps.setString(2, cut(error));
            ps.setString(3, botId);
            ps.setLong(4, seq);
        });
    }

    @Override
    public void failed(long seq, int attempts, String error) {
        update("UPDATE telegram_outbox SET state = 'failed', attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?",
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

    private List<Queued> list(String state) {
        List<Queued> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT seq, chat_id, payload, attempts FROM telegram_outbox WHERE bot_id = ? AND state = ? "
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

    private OptionalLong queryLong(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, botId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
                }
                return OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the delivery ledger", e);
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
            throw new StoreException("could not write the delivery ledger", e);
        }
    }

    private static String cut(String s) {
        return s == null ? null : Cut.prefix(s, MAX_ERROR);
    }
}
