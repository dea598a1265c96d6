package com.disputedesk.core.remind;

import com.disputedesk.core.kernel.Coded;

/** What a reminder is about. */
public enum ReminderKind implements Coded {
    /** A warning some time before the platform's response deadline. One-shot. */
    LEAD("lead"),
    /** The deadline passed with no action: repeats until someone acts on the case. */
    OVERDUE("overdue"),
    /** An offer went out and the buyer has not answered: repeats until they do. */
    FOLLOW_UP("followup"),
    /** The team's daily digest: repeats every day at the team's local digest time. */
    DIGEST("digest");

    private final String code;

    ReminderKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether it repeats after being sent (instead of finishing). */
    public boolean repeats() {
        return this != LEAD;
    }
}
