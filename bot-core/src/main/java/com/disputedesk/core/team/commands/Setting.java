package com.disputedesk.core.team.commands;

import com.disputedesk.core.kernel.Coded;

/**
 * A setting {@code /settings <setting> <value>} changes: the team's (admins change them), except
 * {@link #DM_REMINDERS}, which each member sets for themselves.
 */
public enum Setting implements Coded {
    ZONE("zone"),
    QUIET("quiet"),
    DIGEST("digest"),
    LANGUAGE("language"),
    FOLLOWUP("followup"),
    NAG("nag"),
    LEADS("leads"),
    CASE_THREADS("case-threads"),
    /** A member's own setting: the reminders of their cases also by direct message. */
    DM_REMINDERS("dm-reminders");

    private final String code;

    Setting(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
