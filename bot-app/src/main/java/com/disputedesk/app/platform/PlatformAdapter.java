package com.disputedesk.app.platform;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import java.util.Optional;

/**
 * One chat platform the desk serves: it turns the platform's updates into turns for the {@link Bot} and
 * delivers the core's replies through its {@link Outbox}. The composition root opens each enabled platform,
 * registers its outbox, starts it, and closes it before anything it depends on.
 */
public interface PlatformAdapter extends AutoCloseable {

    /** The platform whose chats this adapter serves; replies to those chats go to {@link #outbox()}. */
    Platform platform();

    /** Where the core's replies (and reminders) for this platform's chats go; usable before {@link #start}. */
    Outbox outbox();

    /**
     * Starts taking updates and handing them to {@code bot}; returns once the adapter is serving.
     *
     * @throws IllegalStateException when the platform refuses the adapter or cannot be reached
     */
    void start(Bot bot);

    /** Stops taking updates and drains or persists what is queued; never throws. */
    @Override
    void close();

    /**
     * How the composition root opens a platform's adapter: one per platform, listed in one place.
     */
    @FunctionalInterface
    interface Opener {
        /**
         * @return the adapter, or empty when the operator has not enabled this platform (no token)
         * @throws com.disputedesk.app.config.ConfigException when the platform's settings cannot be used
         */
        Optional<PlatformAdapter> open(AdapterParts parts);
    }
}
