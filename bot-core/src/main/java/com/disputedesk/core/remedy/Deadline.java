package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.time.Instant;

/**
 * The platform's response deadline for a case.
 *
 * @param due      when the marketplace acts on its own (auto-refund, escalation)
 * @param what     what happens then ("the requested amount is refunded automatically"), in the team languages
 *                 the playbook gives it
 * @param verified false when the playbook marks the window as not confirmed by the marketplace
 */
public record Deadline(Instant due, LocalText what, boolean verified) {

    /** A deadline whose "what happens then" is in English only. */
    public Deadline(Instant due, String what, boolean verified) {
        this(due, LocalText.english(what), verified);
    }

    /** What happens then, in the team's language, or in English when the playbook gives none in it. */
    public String what(UiLanguage lang) {
        return what.in(lang);
    }

    /** Time left at {@code now}; negative once passed. */
    public Duration left(Instant now) {
        return Duration.between(now, due);
    }
}
