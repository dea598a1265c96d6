package com.disputedesk.core.testkit;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps everything sent, in order. */
public final class RecordingOutbox implements Outbox {
    private final List<Outgoing> sent = new ArrayList<>();
    private final List<Outgoing> history = new ArrayList<>();
    private final List<String> homes = new ArrayList<>();
    private volatile boolean opensHomes;
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
        history.add(message);
    }

    /**
     * Opens a thread for each case from now on, as Discord or a Telegram forum does: the n-th is thread
     * {@code home-n} of the chat; {@link #homes()} lists what was opened and closed.
     */
    public void openHomes() {
        this.opensHomes = true;
    }

    @Override
    public synchronized java.util.Optional<com.disputedesk.core.chat.ChatRef> openHome(
            com.disputedesk.core.chat.ChatRef chat, String name) {
        if (!opensHomes) {
            return java.util.Optional.empty();
        }
        String thread = "home-" + (homes.stream().filter(h -> h.startsWith("opened")).count() + 1);
        homes.add("opened " + thread + " " + name);
        return java.util.Optional.of(new com.disputedesk.core.chat.ChatRef(chat.platform(), chat.chatId(),
                java.util.Optional.of(thread)));
    }

    @Override
    public synchronized void closeHome(com.disputedesk.core.chat.ChatRef home) {
        homes.add("closed " + home.threadId().orElse("-") + " after " + history.size() + " messages");
    }

    /** The threads opened ("opened home-1 #1 · Temu ...") and closed ("closed home-1 after 12 messages"). */
    public synchronized List<String> homes() {
        return List.copyOf(homes);
    }

    /** Everything sent since the start, never drained. */
    public synchronized List<Outgoing> history() {
        return new ArrayList<>(history);
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
