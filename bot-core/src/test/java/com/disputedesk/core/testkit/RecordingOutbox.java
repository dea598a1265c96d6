package com.disputedesk.core.testkit;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps everything sent, in order. */
public final class RecordingOutbox implements Outbox {
    private final List<Outgoing> sent = new ArrayList<>();
    private volatile long maxFileBytes = Long.MAX_VALUE;

    /** Takes files up to {@code bytes} only, as a chat platform does. */
    public void limitFiles(long bytes) {
        this.maxFileBytes = bytes;
    }

    @Override
    public long maxFileBytes(com.disputedesk.core.chat.ChatRef chat) {
        return maxFileBytes;
    }

    @Override
    public synchronized void send(Outgoing message) {
        sent.add(message);
    }

    public synchronized List<Outgoing> all() {
        return List.copyOf(sent);
    }

    /** Everything sent since the last call. */
    public synchronized List<Outgoing> drain() {
        List<Outgoing> out = List.copyOf(sent);
        sent.clear();
        return out;
    }
}
