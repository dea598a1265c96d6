package com.disputedesk.core.store;

import com.disputedesk.core.delivery.NoticeLog;
import com.disputedesk.core.delivery.Refusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** {@link NoticeLog} over delivery_notice (migration V9): one row per place and reason told. */
public final class JdbcNoticeLog implements NoticeLog {
    private final DataSource db;

    public JdbcNoticeLog(DataSource db) {
        this.db = db;
    }

    @Override
    public boolean firstTime(String placeKey, Refusal.Reason reason, Instant at) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM delivery_notice WHERE place_key = ? AND reason = ?")) {
                ps.setString(1, placeKey);
                ps.setString(2, reason.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO delivery_notice (place_key, reason, told_at) VALUES (?, ?, ?)")) {
                ps.setString(1, placeKey);
                ps.setString(2, reason.name());
                ps.setLong(3, at.toEpochMilli());
                ps.executeUpdate();
                return true;
            } catch (SQLException raced) {
                // Another process inserted the same notice a moment ago (primary key): it tells the team.
                return false;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the delivery notices", e);
        }
    }
}
