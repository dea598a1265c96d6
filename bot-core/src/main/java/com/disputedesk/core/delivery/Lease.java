package com.disputedesk.core.delivery;

import java.time.Instant;

/**
 * A job only one process may run at a time, such as polling Telegram for one bot (Telegram answers 409 to a second
 * poller): the holder renews its lease while it works; when it stops renewing (stopped or killed), another process
 * takes the lease once it has run out.
 */
public interface Lease {

    /**
     * Takes or renews the lease {@code name} for {@code holder} until {@code until}.
     *
     * @return true when {@code holder} holds it now; false while another holder's lease runs at {@code now}
     */
    boolean hold(String name, String holder, Instant now, Instant until);

    /** Gives the lease up at once (a clean stop), so another process need not wait for it to run out. */
    void release(String name, String holder);

    /** A lease for a process that runs alone: always held. */
    static Lease alone() {
        return new Lease() {
            @Override
            public boolean hold(String name, String holder, Instant now, Instant until) {
                return true;
            }

            @Override
            public void release(String name, String holder) {
                // nobody else to hand it to
            }
        };
    }
}
