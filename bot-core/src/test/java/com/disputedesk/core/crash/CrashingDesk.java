package com.disputedesk.core.crash;

import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child process of {@link CrashTest}: the whole desk on the SQLite file in folder {@code args[0]}, driven by
 * a scripted console conversation until it is killed. It first finishes what the last run left: a draft at its
 * summary is confirmed again, any other draft cancelled. Then, case after case (orders numbered by the run,
 * {@code args[1]}), Alice goes through intake and confirm, the due reminders are sent, and the case is offered,
 * answered and closed, some cases stopping earlier so that open cases of every state remain.
 *
 * <p>Before and after each step it prints a marker line starting with {@value #MARK} ("@confirmed ORDER N"), and
 * "@clock" whenever the desk reads the time; the parent kills it after a marker of its choosing. Only markers go
 * to stdout (logging goes to stderr).
 */
public final class CrashingDesk {
    static final String MARK = "@";
    private static final Pattern OPENED = Pattern.compile("Case #(\\d+) opened: Temu order (PO-211-\\d{13})");

    private final PrintStream out;
    private final TestDesk desk;
    private final ChatScript alice;

    private CrashingDesk(PrintStream out, TestDesk desk) {
        this.out = out;
        this.desk = desk;
        this.alice = desk.chat();
    }

    public static void main(String[] args) {
        PrintStream markers = System.out;
        System.setOut(System.err);
        Path dir = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        try (TestDesk desk = TestDesk.open(dir)) {
            new CrashingDesk(markers, desk).play(run);
        }
    }

    private void play(int run) {
        mark("ready");
        // the desk reads the time in the middle of its work (a case change, its reminders): each read is a
        // point where the parent may kill it, so kills land inside transactions too, not only between steps
        desk.clock().onRead(() -> mark("clock"));
        alice.send("confirm");
        opened(alice).ifPresent(m -> mark("confirmed " + m.group(2) + " " + m.group(1)));
        alice.send("/cancel");
        mark("resumed");
        for (int i = 0; i < 100_000; i++) {
            String order = String.format("PO-211-%06d%07d", run, i);
            mark("intake " + order);
            alice.send("/new").press("Temu").send(order).send("@shopper_99").press("German (de)")
                    .press("Counterfeit claim").send("USD 40").press("Partial refund").send("12.5").send("skip")
                    .send("skip").send("none").send("today").expectAny("Confirm");
            mark("summary " + order);
            mark("confirming " + order);
            Matcher m = opened(alice.send("confirm")).orElseThrow(() -> new IllegalStateException(
                    "no case opened for " + order + ":\n" + alice.transcript()));
            int n = Integer.parseInt(m.group(1));
            mark("confirmed " + order + " " + n);
            desk.desk().reminders().runDue(desk.clock().instant());
            mark("reminded " + n);
            if (i % 4 == 0) {
                continue;
            }
            mark("offering " + n);
            alice.send("/offer " + n + " 1").expectAny("recorded as sent");
            mark("offered " + n);
            if (i % 4 == 1) {
                continue;
            }
            mark("replying " + n);
            alice.send("/reply " + n + " rejected").expectAny("the buyer rejected offer 1");
            mark("replied " + n);
            if (i % 4 == 2) {
                continue;
            }
            mark("closing " + n);
            alice.send("/close " + n + " withdrawn").expectAny("#" + n);
            mark("closed " + n);
        }
    }

    private static Optional<Matcher> opened(ChatScript chat) {
        for (Reply r : chat.replies()) {
            Matcher m = OPENED.matcher(r.asText());
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private void mark(String what) {
        out.println(MARK + what);
        out.flush();
    }
}
