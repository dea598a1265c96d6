package com.disputedesk.core.delivery;

/**
 * A queued message with its place in the outbox.
 *
 * @param seq      the outbox's sequence number
 * @param lane     the chat or channel it goes to
 * @param message  the platform's message
 * @param attempts failed tries stored for it
 */
record Parcel<M>(long seq, long lane, M message, int attempts) {
}
