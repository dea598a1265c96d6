package com.disputedesk.core.remedy;

import com.disputedesk.core.team.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's response deadline for a case.
 *
 * @param due      when the marketplace acts on its own (auto-refund, escalation)
 * @param what     what happens then, in English ("the requested amount is refunded automatically")
 * @param verified false when the playbook marks the window as not confirmed by the marketplace
 * @param whatZh   what happens then, in Simplified Chinese, when the playbook gives it
 */
public record Deadline(Instant due, String what, boolean verified, Optional<String> whatZh) {

    public Deadline {
        whatZh = whatZh == null ? Optional.empty() : whatZh;
    }

    /** A deadline whose "what happens then" is in English only. */
    public Deadline(Instant due, String what, boolean verified) {
        this(due, what, verified, Optional.empty());
    }

    /** What happens then, in the team's language: the Chinese text for Chinese when there is one, else English. */
    public String what(UiLanguage lang) {
        return lang == UiLanguage.ZH ? whatZh.orElse(what) : what;
    }

    /** Time left at {@code now}; negative once passed. */
    public Duration left(Instant now) {
        return Duration.between(now, due);
    }
}
