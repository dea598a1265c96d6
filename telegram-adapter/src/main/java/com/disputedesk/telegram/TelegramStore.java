package com.disputedesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The adapter's own tables (migration V10): the polling offset, the updates already handled, and the outbox of
 * messages not yet taken by Telegram. Rows are keyed by the bot's id so two bots can share a database.
 */
final class TelegramStore {
    private final DataSource db;
    private final String botId;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong nextSeq;

    /** A stored outbound message. */
    record Queued(long seq, OutboundMessage message, int attempts) {
    }

    TelegramStore(DataSource db, String botId) {
        this.db = db;
        this.botId = botId;
        this.nextSeq = new AtomicLong(maxSeq() + 1);
    }

    OptionalLong offset() {
        return queryLong("SELECT next_offset FROM telegram_poll_offset WHERE bot_id = ?");
    }

    void saveOffset(long offset) {
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
            throw new IllegalStateException("could not store the polling offset", e);
        }
    }

    boolean isProcessed(long updateId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM telegram_processed_update WHERE bot_id = ? AND update_id = ?")) {
            ps.setString(1, botId);
            ps.setLong(2, updateId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read processed updates", e);
        }
    }

    void markProcessed(long updateId, String outcome, Instant at) {
        update("INSERT INTO telegram_processed_update (bot_id, update_id, outcome, processed_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, botId);
                    ps.setLong(2, updateId);
                    ps.setString(3, outcome);
                    ps.setLong(4, at.toEpochMilli());
                });
    }

    /** Forgets handled updates older than {@code before}: Telegram keeps updates for 24 hours at most. */
    void pruneProcessed(Instant before) {
        update("DELETE FROM telegram_processed_update WHERE bot_id = ? AND processed_at < ?", ps -> {
            ps.setString(1, botId);
            ps.setLong(2, before.toEpochMilli());
        });
    }

    long enqueue(OutboundMessage m, Instant at) {
        long seq = nextSeq.getAndIncrement();
        String payload;
        try {
            payload = json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode an outbound message", e);
        }
        update("INSERT INTO telegram_outbox (bot_id, seq, chat_id, payload, state, attempts, created_at) "
                + "VALUES (?, ?, ?, ?, 'pending', 0, ?)", ps -> {
                    ps.setString(1, botId);
                    ps.setLong(2, seq);
                    ps.setLong(3, m.chatId());
                    ps.setString(4, payload);
                    ps.setLong(5, at.toEpochMilli());
                });
        return seq;
    }

    void delivered(long seq) {
        update("DELETE FROM telegram_outbox WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setString(1, botId);
            ps.setLong(2, seq);
        });
    }

    void attempted(long seq, int attempts, String error) {
        update("UPDATE telegram_outbox SET attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?", ps -> {
            ps.setInt(1, attempts);
            ps.setString(2, cut(error));
            ps.setString(3, botId);
            ps.setLong(4, seq);
        });
    }

    void failed(long seq, int attempts, String error) {
        update("UPDATE telegram_outbox SET state = 'failed', attempts = ?, last_error = ? WHERE bot_id = ? AND seq = ?",
                ps -> {
                    ps.setInt(1, attempts);
                    ps.setString(2, cut(error));
                    ps.setString(3, botId);
                    ps.setLong(4, seq);
                });
    }

    /** Messages still owed, oldest first. */
    List<Queued> pending() {
        return list("pending");
    }

    /** Messages given up on (kept for the operator). */
    List<Queued> failed() {
        return list("failed");
    }

    private List<Queued> list(String state) {
        List<Queued> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT seq, payload, attempts FROM telegram_outbox WHERE bot_id = ? AND state = ? ORDER BY seq")) {
            ps.setString(1, botId);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Queued(rs.getLong(1), json.readValue(rs.getString(2), OutboundMessage.class),
                            rs.getInt(3)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the outbox", e);
        }
        return out;
    }

    private long maxSeq() {
        return queryLong("SELECT MAX(seq) FROM telegram_outbox WHERE bot_id = ?").orElse(0);
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
            throw new IllegalStateException("could not read telegram tables", e);
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
            throw new IllegalStateException("could not write telegram tables", e);
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
