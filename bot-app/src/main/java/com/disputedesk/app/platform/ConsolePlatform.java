package com.disputedesk.app.platform;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.console.ConsoleAdapter;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The terminal chat, the desk's chat when no platform is enabled. Unlike the others it takes its input on the
 * caller's thread: {@link #start} hands it the bot, {@link #readUntilEnd} serves until end of input.
 */
public final class ConsolePlatform implements PlatformAdapter {
    private final ConsoleAdapter adapter;
    private Bot bot;

    public ConsolePlatform(AppConfig.Console console, BufferedReader in, PrintStream out, boolean interactive) {
        this.adapter = new ConsoleAdapter(in, out, ChatRef.of(Platform.CONSOLE, "console"),
                new Member(Platform.CONSOLE, console.userId(), console.displayName()), interactive);
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public Outbox outbox() {
        return adapter;
    }

    @Override
    public void start(Bot bot) {
        this.bot = bot;
    }

    /** Hands every line read to the bot until end of input. */
    public void readUntilEnd() throws IOException {
        if (bot == null) {
            throw new IllegalStateException("the console is read after it is started");
        }
        adapter.run(bot);
    }

    @Override
    public void close() {
        // Nothing queued: every reply is printed as it is sent.
    }
}
