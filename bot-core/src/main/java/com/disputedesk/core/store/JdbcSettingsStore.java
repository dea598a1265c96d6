package com.disputedesk.core.store;

import com.disputedesk.core.team.SettingsStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Team settings in the {@code team_setting} table. */
final class JdbcSettingsStore implements SettingsStore {
    private final Jdbc jdbc;

    JdbcSettingsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> get(String team, String name) {
        return jdbc.queryOne("SELECT value FROM team_setting WHERE team = ? AND name = ?", rs -> rs.getString(1),
                team, name);
    }

    @Override
    public void put(String team, String name, String value) {
        jdbc.update("INSERT INTO team_setting (team, name, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (team, name) DO UPDATE SET value = excluded.value", team, name, value);
    }

    @Override
    public Map<String, String> all(String team) {
        Map<String, String> all = new LinkedHashMap<>();
        jdbc.query("SELECT name, value FROM team_setting WHERE team = ? ORDER BY name",
                rs -> Map.entry(rs.getString(1), rs.getString(2)), team)
                .forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }
}
