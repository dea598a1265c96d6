package com.disputedesk.core.remind;

import com.disputedesk.core.i18n.LocalText;
import java.time.Instant;
import java.util.Objects;

/**
 * One marketplace clock running on a case, as reminders see it: which one, what the team must do, when it runs out.
 *
 * @param id   the clock's id in its marketplace ("respond"); reminder rows are keyed by it
 * @param name what the team must do before it runs out, in the team languages
 * @param due  when it runs out
 */
public record RunningClock(String id, LocalText name, Instant due) {
    public RunningClock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
    }
}
