package com.disputedesk.core.team;

import com.disputedesk.core.cases.Coded;

/** A team's settings: what an admin changed by command, else what the configuration says. */
public final class TeamSettings {
    static final String LANGUAGE = "language";

    private final SettingsStore store;

    public TeamSettings(SettingsStore store) {
        this.store = store;
    }

    public UiLanguage language(Team team) {
        return store.get(team.id(), LANGUAGE).flatMap(code -> Coded.parse(UiLanguage.class, code)).orElse(team.language());
    }

    public void setLanguage(Team team, UiLanguage language) {
        store.put(team.id(), LANGUAGE, language.code());
    }
}
