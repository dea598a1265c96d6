package com.disputedesk.core.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which command set each scope of a platform was last given (Discord: globally, or one guild), as a hash of the
 * declared commands. A platform counts every registration against a daily limit and several bot processes share
 * one database: a process publishes a scope's commands only when the declared set differs from the recorded one.
 */
public interface PublishedCommands {

    /** The hash of the set last published to {@code scope}; empty when none was. */
    Optional<String> hashOf(String scope);

    /** Records that {@code scope} now has the set with {@code hash}. */
    void published(String scope, String hash);

    /** Whether {@code scope} lacks the set with {@code hash}, so it must be published. */
    default boolean differs(String scope, String hash) {
        return !hashOf(scope).filter(hash::equals).isPresent();
    }

    /** A record kept in memory: a process that runs alone publishes once per start. */
    static PublishedCommands inMemory() {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        return new PublishedCommands() {
            @Override
            public Optional<String> hashOf(String scope) {
                return Optional.ofNullable(hashes.get(scope));
            }

            @Override
            public void published(String scope, String hash) {
                hashes.put(scope, hash);
            }
        };
    }
}
