package com.disputedesk.core.dialog;

import com.disputedesk.core.kernel.UiLanguage;
import java.time.LocalDate;

/**
 * What a step's prompt, parser and choices may look at: the answers so far, the team's language, today's date in
 * the team's time zone (read from the injected clock, never the wall clock), and the team's id (to look at what
 * the team already has, such as a case open for the same order).
 */
public record StepContext(Answers answers, UiLanguage language, LocalDate today, String team) {
}
