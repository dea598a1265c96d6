package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.home.CaseHome;
import com.disputedesk.core.home.HomeStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link HomeStore} over case_home (migration V23). */
public final class JdbcHomeStore implements HomeStore {
    private static final String COLUMNS = "team_id, case_number, place_platform, place_chat, place_thread,"
            + " origin_platform, origin_chat, origin_thread";

    private final Jdbc jdbc;

    public JdbcHomeStore(DataSource db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void put(CaseHome home) {
        jdbc.useTransaction(tx -> {
            tx.update("DELETE FROM case_home WHERE team_id = ? AND case_number = ?", home.team(),
                    home.number().value());
            tx.update("INSERT INTO case_home (" + COLUMNS + ", place_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    home.team(), home.number().value(), home.place().platform().name(), home.place().chatId(),
                    home.place().threadId().orElseThrow(), home.origin().platform().name(), home.origin().chatId(),
                    home.origin().threadId().orElse(null), home.place().key());
        });
    }

    @Override
    public Optional<CaseHome> of(String team, CaseNumber number) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM case_home WHERE team_id = ? AND case_number = ?",
                JdbcHomeStore::row, team, number.value());
    }

    @Override
    public Optional<CaseHome> at(ChatRef place) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM case_home WHERE place_key = ?", JdbcHomeStore::row,
                place.key());
    }

    @Override
    public void clear(ChatRef place) {
        jdbc.update("DELETE FROM case_home WHERE place_key = ?", place.key());
    }

    private static CaseHome row(ResultSet rs) throws SQLException {
        ChatRef place = new ChatRef(Platform.valueOf(rs.getString("place_platform")), rs.getString("place_chat"),
                Optional.of(rs.getString("place_thread")));
        ChatRef origin = new ChatRef(Platform.valueOf(rs.getString("origin_platform")), rs.getString("origin_chat"),
                Optional.ofNullable(rs.getString("origin_thread")));
        return new CaseHome(rs.getString("team_id"), new CaseNumber(rs.getInt("case_number")), place, origin);
    }
}
