package com.disputedesk.telegram;

import com.disputedesk.core.delivery.Lease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode behind a load balancer: several processes take Telegram's posts, and an update of a chat may reach
 * one process while another still handles that chat's previous update (or while Telegram retries the same update
 * elsewhere). Each update is therefore handled under a claim on its chat (a {@link Lease} row named after the bot and
 * the chat, or after the update when it has no chat): one process at a time handles a chat, and under the claim the
 * processed-updates ledger is read and written, so an update posted to two processes is handled once.
 * A claim not got within {@link #waitAtMost} fails the post (Telegram sends it again); a process that dies holding a
 * claim blocks that chat until the claim runs out ({@link #holdFor}).
 *
 * <p>With SQLite (one process) the claims cost a row write per update and change nothing; long polling needs none.
 */
final class ChatClaims {
    /** How long a claim outlives a process that died while handling: longer than any handling may take. */
    static final Duration HOLD_FOR = Duration.ofMinutes(2);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private final Lease lease;
    private final String botId;
    private final Clock clock;
    private final Duration waitAtMost;
    private final String holder = ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    /**
     * @param lease      the database's leases
     * @param waitAtMost how long an update waits for its chat's claim before its post fails
     */
    ChatClaims(Lease lease, String botId, Clock clock, Duration waitAtMost) {
        this.lease = lease;
        this.botId = botId;
        this.clock = clock;
        this.waitAtMost = waitAtMost;
    }

    /** For long polling: one process handles all updates, nothing to claim. */
    static ChatClaims none() {
        return new ChatClaims(Lease.alone(), "", Clock.systemUTC(), Duration.ZERO);
    }

    /**
     * Runs {@code work} while holding the claim on the update's chat.
     *
     * @throws IllegalStateException when another process holds the chat longer than {@link #waitAtMost}
     */
    void whileClaimed(Update update, Runnable work) {
        String name = UpdateTranslator.chatOf(update).map(chat -> "telegram-chat:" + botId + ":" + chat)
                .orElse("telegram-update:" + botId + ":" + update.getUpdateId());
        claim(name);
        try {
            work.run();
        } finally {
            lease.release(name, holder);
        }
    }

    private void claim(String name) {
        // Real elapsed time: the desk's clock may stand still in tests, the wait must not.
        long giveUpAt = System.nanoTime() + waitAtMost.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Instant now = clock.instant();
            if (lease.hold(name, holder, now, now.plus(HOLD_FOR))) {
                return;
            }
            if (System.nanoTime() - giveUpAt >= 0) {
                throw new IllegalStateException("another process has been handling " + name + " for over "
                        + waitAtMost.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
