package com.disputedesk.core.remind;

import com.disputedesk.core.team.SettingsStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Team settings in memory. */
final class MapSettings implements SettingsStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized Optional<String> get(String team, String name) {
        return Optional.ofNullable(values.get(team + "/" + name));
    }

    @Override
    public synchronized void put(String team, String name, String value) {
        values.put(team + "/" + name, value);
    }

    @Override
    public synchronized Map<String, String> all(String team) {
        Map<String, String> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(team + "/")) {
                out.put(k.substring(team.length() + 1), v);
            }
        });
        return out;
    }
}
