package com.disputedesk.core.dialog;

import com.disputedesk.core.kernel.UiLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a step's prompt, parser and choices may look at: the answers so far, the team's language, and the moment
 * of the turn with the team's time zone now (read from the injected clock and the team's settings, never the wall
 * clock or the configured default).
 */
public record StepContext(Answers answers, UiLanguage language, ZoneId zone, Instant now) {

    /** Today's date in the team's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }
}
