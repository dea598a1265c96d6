package com.disputedesk.core.store;

import com.disputedesk.core.delivery.MessageSlots;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link MessageSlots} over message_slot (migration V22), one row per bot and slot. */
public final class JdbcMessageSlots implements MessageSlots {
    private final DataSource db;
    private final String botId;

    /** @param botId the bot's key, with its platform ("discord:1000", "telegram:123456") */
    public JdbcMessageSlots(DataSource db, String botId) {
        this.db = db;
        this.botId = botId;
    }

    @Override
    public Optional<String> messageOf(String slot) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT message_id FROM message_slot WHERE bot_id = ? AND slot_key = ?")) {
            ps.setString(1, botId);
            ps.setString(2, slot);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the message slots", e);
        }
    }

    @Override
    public void keep(String slot, String messageId, Instant at) {
        update("INSERT INTO message_slot (bot_id, slot_key, message_id, kept_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (bot_id, slot_key) DO UPDATE SET message_id = excluded.message_id, "
                + "kept_at = excluded.kept_at", ps -> {
                    ps.setString(1, botId);
                    ps.setString(2, slot);
                    ps.setString(3, messageId);
                    ps.setLong(4, at.toEpochMilli());
                });
    }

    @Override
    public void forget(String slot) {
        update("DELETE FROM message_slot WHERE bot_id = ? AND slot_key = ?", ps -> {
            ps.setString(1, botId);
            ps.setString(2, slot);
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not write the message slots", e);
        }
    }
}
