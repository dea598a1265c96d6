package com.disputedesk.core.team.commands;

import com.disputedesk.core.kernel.Coded;

/** A team setting {@code /settings <setting> <value>} changes. */
public enum Setting implements Coded {
    ZONE("zone"),
    QUIET("quiet"),
    DIGEST("digest"),
    LANGUAGE("language"),
    FOLLOWUP("followup"),
    NAG("nag"),
    LEADS("leads"),
    CASE_THREADS("case-threads");

    private final String code;

    Setting(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
