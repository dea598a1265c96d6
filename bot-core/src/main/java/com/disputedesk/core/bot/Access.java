package com.disputedesk.core.bot;

/** Who may use a command: the router refuses everyone else before the handler runs. */
public enum Access {
    /** Every member of the team. */
    ANYONE,
    /** Only the team's admins (as configured for the team). */
    TEAM_ADMIN
}
