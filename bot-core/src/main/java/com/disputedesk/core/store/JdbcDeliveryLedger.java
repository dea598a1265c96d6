package com.disputedesk.core.store;

import com.disputedesk.core.delivery.DeliveryLedger;
import com.disputedesk.core.delivery.MessageSlots;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link DeliveryLedger} over the adapter tables of migration V10 (telegram_poll_offset, telegram_processed_update,
 * telegram_outbox, through {@link JdbcOutboxStore}), keyed by the bot's id.
 */
public final class JdbcDeliveryLedger implements DeliveryLedger {
    private final DataSource db;
    private final String botId;
    private final JdbcOutboxStore outbox;

    public JdbcDeliveryLedger(DataSource db, String botId) {
        this.db = db;
        this.botId = botId;
        this.outbox = new JdbcOutboxStore(db, "telegram_outbox", botId);
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
    public long enqueue(long chatId, int shard, String payload, Instant at, Claim claim) {
        return outbox.enqueue(chatId, shard, payload, at, claim);
    }

    @Override
    public List<Queued> claim(Claim claim, Set<Integer> shards, Instant now, int limit) {
        return outbox.claim(claim, shards, now, limit);
    }

    @Override
    public void renew(Claim claim) {
        outbox.renew(claim);
    }

    @Override
    public void unclaim(long seq, String holder) {
        outbox.unclaim(seq, holder);
    }

    @Override
    public void unclaim(String holder) {
        outbox.unclaim(holder);
    }

    @Override
    public void delivered(long seq) {
        outbox.delivered(seq);
    }

    @Override
    public void attempted(long seq, int attempts, String error) {
        outbox.attempted(seq, attempts, error);
    }

    @Override
    public void failed(long seq, int attempts, String error) {
        outbox.failed(seq, attempts, error);
    }

    @Override
    public List<Queued> pending() {
        return outbox.pending();
    }

    @Override
    public List<Queued> failed() {
        return outbox.failed();
    }

    @Override
    public MessageSlots slots() {
        return outbox.slots();
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
}
