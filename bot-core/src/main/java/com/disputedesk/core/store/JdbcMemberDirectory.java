package com.disputedesk.core.store;

import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.remind.MemberDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link MemberDirectory} over JDBC (table {@code team_members}, migration V20; the members' own settings in
 * {@code member_settings}, migration V26).
 */
public final class JdbcMemberDirectory implements MemberDirectory {
    /** The member_settings name of {@code /settings dm-reminders}. */
    private static final String DM_REMINDERS = "dm-reminders";
    /** Notes share the table with settings under names of their own. */
    private static final String NOTE = "note:";

    private final DataSource db;

    public JdbcMemberDirectory(DataSource db) {
        this.db = db;
    }

    @Override
    public void seen(String team, Member member, Instant at) {
        String sql = "INSERT INTO team_members (team, member_key, platform, user_id, display_name, last_seen)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team, member_key)"
                + " DO UPDATE SET display_name = excluded.display_name, last_seen = excluded.last_seen";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, team);
            ps.setString(2, member.key());
            ps.setString(3, member.platform().name());
            ps.setString(4, member.userId());
            ps.setString(5, member.displayName());
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording member failed", e);
        }
    }

    @Override
    public List<Member> named(String team, String name) {
        List<Member> out = new ArrayList<>();
        String wanted = name.toLowerCase(Locale.ROOT);
        // Compared in Java: SQL lower() differs between SQLite (ASCII only) and PostgreSQL.
        for (Member m : all(team)) {
            if (m.displayName().toLowerCase(Locale.ROOT).equals(wanted)) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public Optional<Member> byKey(String team, String key) {
        return all(team).stream().filter(m -> m.key().equals(key)).findFirst();
    }

    @Override
    public boolean dmReminders(String team, String memberKey) {
        return setting(team, memberKey, DM_REMINDERS).map("on"::equals).orElse(false);
    }

    @Override
    public void setDmReminders(String team, Member member, boolean on) {
        String sql = "INSERT INTO member_settings (team, member_key, name, value) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (team, member_key, name) DO UPDATE SET value = excluded.value";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, team);
            ps.setString(2, member.key());
            ps.setString(3, DM_REMINDERS);
            ps.setString(4, on ? "on" : "off");
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing a member setting failed", e);
        }
    }

    @Override
    public Optional<String> note(String team, String memberKey, String name) {
        return setting(team, memberKey, NOTE + name);
    }

    @Override
    public void keepNote(String team, String memberKey, String name, Optional<String> value) {
        if (value.isPresent()) {
            String sql = "INSERT INTO member_settings (team, member_key, name, value) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (team, member_key, name) DO UPDATE SET value = excluded.value";
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, team);
                ps.setString(2, memberKey);
                ps.setString(3, NOTE + name);
                ps.setString(4, value.get());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("storing a member note failed", e);
            }
            return;
        }
        String sql = "DELETE FROM member_settings WHERE team = ? AND member_key = ? AND name = ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, team);
            ps.setString(2, memberKey);
            ps.setString(3, NOTE + name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("forgetting a member note failed", e);
        }
    }

    private Optional<String> setting(String team, String memberKey, String name) {
        String sql = "SELECT value FROM member_settings WHERE team = ? AND member_key = ? AND name = ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, team);
            ps.setString(2, memberKey);
            ps.setString(3, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a member setting failed", e);
        }
    }

    private List<Member> all(String team) {
        String sql = "SELECT platform, user_id, display_name FROM team_members WHERE team = ? ORDER BY last_seen DESC";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, team);
            List<Member> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(Platform.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading members failed", e);
        }
    }
}
