package com.disputedesk.core.delivery;

/**
 * How a platform's outbound message is kept in the {@link OutboxStore}, and which lane (chat or channel) it
 * goes in.
 *
 * @param <M> the platform's outbound message
 */
public interface Codec<M> {
    String encode(M message);

    M decode(String payload);

    /** The platform's numeric id of the chat or channel: messages of one lane go in order, one at a time. */
    long lane(M message);

    /** Which processes can send it: the platform's shard serving its chat; 0 on a platform any process can post to. */
    default int shard(M message) {
        return 0;
    }
}
