package com.disputedesk.core.dialog;

import com.disputedesk.core.kernel.UiLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a step's prompt, parser and choices may look at: the answers so far, the team's language, the moment of
 * the turn with the team's time zone now (read from the injected clock and the team's settings, never the wall
 * clock or the configured default), and the team's id (to look at what the team already has, such as a case open
 * for the same order).
 */
public record StepContext(Answers answers, UiLanguage language, ZoneId zone, Instant now, String team) {

    /** Today's date in the team's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }
}
