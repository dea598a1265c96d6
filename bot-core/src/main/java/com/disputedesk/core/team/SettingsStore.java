package com.disputedesk.core.team;

import java.util.Map;
import java.util.Optional;

/** Team settings changed at run time (by command), stored; configuration gives the defaults. */
public interface SettingsStore {
    Optional<String> get(String team, String name);

    void put(String team, String name, String value);

    /** Every stored setting of a team. */
    Map<String, String> all(String team);
}
