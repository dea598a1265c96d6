package com.disputedesk.core.dialog;

import com.disputedesk.core.kernel.UiLanguage;
import java.time.LocalDate;

/**
 * What a step's prompt, parser and choices may look at: the answers so far, the team's language, and today's
 * date in the team's time zone (read from the injected clock, never the wall clock).
 */
public record StepContext(Answers answers, UiLanguage language, LocalDate today) {
}
