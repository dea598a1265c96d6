package com.disputedesk.core.team;

import com.disputedesk.core.cases.Coded;

/** The language the bot speaks to the team (not to buyers). */
public enum UiLanguage implements Coded {
    EN("en"),
    ZH("zh");

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
