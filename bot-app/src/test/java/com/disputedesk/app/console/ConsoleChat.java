package com.disputedesk.app.console;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.testkit.ChatKit;
import com.disputedesk.core.testkit.TestDesk;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator's side of the console chat over the whole engine (the test kit's desk): each line goes through the
 * console adapter as if typed at the terminal, and each reply is read back as the adapter printed it. A press types
 * what the operator would: the button's number, or its word when the question waits for typed text.
 */
public final class ConsoleChat implements ChatKit, AutoCloseable {
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\d+)\\) (.+)$");
    private static final Pattern WORDS = Pattern.compile("(?m)^\\((.+)\\)$");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleAdapter console;
    private final TestDesk desk;
    private final List<String> transcript = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private List<String> pending = new ArrayList<>();
    private int printedChars;
    private int next;

    public ConsoleChat(Path dir) {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        console = new ConsoleAdapter(new BufferedReader(new StringReader("")), out, TestDesk.CONSOLE, TestDesk.ALICE,
                false);
        desk = TestDesk.open(dir, new Printed());
    }

    @Override
    public ConsoleChat send(String text) {
        transcript.add("> " + text);
        pending = new ArrayList<>();
        next = 0;
        desk.desk().bot().handle(console.toInbound(text));
        return this;
    }

    @Override
    public ConsoleChat press(String label) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            String reply = shown.get(i);
            Matcher numbered = NUMBERED.matcher(reply);
            while (numbered.find()) {
                if (numbered.group(2).equalsIgnoreCase(label)) {
                    return send(numbered.group(1));
                }
            }
            Matcher words = WORDS.matcher(reply);
            while (words.find()) {
                for (String word : words.group(1).split(" / ")) {
                    if (word.equalsIgnoreCase(label)) {
                        return send(word);
                    }
                }
            }
        }
        throw fail("no button '" + label + "' on any reply");
    }

    @Override
    public ConsoleChat expect(String fragment) {
        if (next >= pending.size()) {
            throw fail("expected a reply containing '" + fragment + "' but there was none left");
        }
        String reply = pending.get(next++);
        if (!reply.contains(fragment)) {
            throw fail("expected a reply containing '" + fragment + "' but got:\n" + reply);
        }
        return this;
    }

    @Override
    public ConsoleChat expectNoMore() {
        if (next < pending.size()) {
            throw fail("expected no more replies but got:\n"
                    + String.join("\n---\n", pending.subList(next, pending.size())));
        }
        return this;
    }

    @Override
    public void close() {
        desk.close();
    }

    private AssertionError fail(String what) {
        return new AssertionError(what + "\n--- console ---\n" + String.join("\n", transcript));
    }

    /** The engine's outbox: the console adapter prints each reply; what it printed is kept as that reply. */
    private final class Printed implements Outbox {
        @Override
        public synchronized void send(Outgoing message) {
            console.send(message);
            String all = printed.toString(StandardCharsets.UTF_8);
            String reply = all.substring(printedChars).strip();
            printedChars = all.length();
            transcript.add(reply);
            shown.add(reply);
            pending.add(reply);
        }
    }
}
