package com.disputedesk.core.remind;

import java.time.Duration;

/**
 * How the reminder scheduler runs (config/disputedesk.yml, section {@code reminders.scheduler}).
 *
 * @param lease        how long a claimed reminder stays taken; after that another scheduler may send it (the
 *                     first one died between claiming and marking)
 * @param batch        how many due reminders are claimed at once
 * @param lateAfter    a reminder sent this long after its due time is marked late (the bot was down)
 * @param retryFirst   the delay before the first retry of a failed send; doubles per failure
 * @param retryMax     the longest delay between retries (failed sends are retried for ever, never dropped)
 * @param idleRecheck  the longest sleep: reminders another bot process scheduled on the same database are
 *                     seen at least this often (the own process wakes its scheduler at once)
 */
public record SchedulerConfig(Duration lease, int batch, Duration lateAfter, Duration retryFirst, Duration retryMax,
                              Duration idleRecheck) {
    public SchedulerConfig {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
    }

    public static SchedulerConfig standard() {
        return new SchedulerConfig(Duration.ofMinutes(5), 200, Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofMinutes(10), Duration.ofMinutes(1));
    }
}
