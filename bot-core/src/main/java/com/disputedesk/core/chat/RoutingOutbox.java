package com.disputedesk.core.chat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox the engine is built with: hands each message to the outbox of the platform its chat is on.
 * Adapters register when they start, which breaks the cycle "the engine needs an outbox, the adapter needs
 * the engine".
 */
public final class RoutingOutbox implements Outbox {
    private final Map<Platform, Outbox> byPlatform = new EnumMap<>(Platform.class);

    public synchronized void register(Platform platform, Outbox outbox) {
        byPlatform.put(platform, outbox);
    }

    @Override
    public void send(Outgoing message) {
        Outbox target;
        synchronized (this) {
            target = byPlatform.get(message.chat().platform());
        }
        if (target == null) {
            throw new IllegalStateException("no adapter running for " + message.chat().platform());
        }
        target.send(message);
    }

    @Override
    public Optional<ChatRef> openHome(ChatRef chat, String name) {
        Outbox target;
        synchronized (this) {
            target = byPlatform.get(chat.platform());
        }
        return target == null ? Optional.empty() : target.openHome(chat, name);
    }

    @Override
    public void closeHome(ChatRef home) {
        Outbox target;
        synchronized (this) {
            target = byPlatform.get(home.platform());
        }
        if (target != null) {
            target.closeHome(home);
        }
    }

    @Override
    public long maxFileBytes(ChatRef chat) {
        Outbox target;
        synchronized (this) {
            target = byPlatform.get(chat.platform());
        }
        return target == null ? Outbox.super.maxFileBytes(chat) : target.maxFileBytes(chat);
    }
}
