package com.disputedesk.core.intake;

import com.disputedesk.core.Desk;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.List;

/**
 * The engine over in-memory stores and a small playbook, for as long as the JDBC stores and the shipped
 * playbook are not on this branch. Same shape as the test kit's TestDesk: restart keeps the stores.
 */
final class IntakeDesk {
    // Copies of TestDesk's fixtures: touching TestDesk loads the shipped playbook, not on this branch yet.
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final ChatRef CONSOLE = ChatRef.of(Platform.CONSOLE, "console");
    static final Member ALICE = new Member(Platform.CONSOLE, "alice", "Alice");
    static final Member BOB = new Member(Platform.CONSOLE, "bob", "Bob");
    static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("console:console", "telegram:-1001", "discord:9001"), Set.of("telegram:42"),
            Set.of("console:alice", "telegram:42"));

    final FakeStores stores;
    final FakeRemedies remedies;
    final MutableClock clock;
    final RecordingOutbox outbox = new RecordingOutbox();
    private final Desk desk;

    private IntakeDesk(FakeStores stores, FakeRemedies remedies, MutableClock clock) {
        this.stores = stores;
        this.remedies = remedies;
        this.clock = clock;
        this.desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(TEAM)), stores.stores(),
                remedies, outbox, clock, Duration.ofHours(24)));
    }

    /** @param dir a temporary folder (for the database file, once the JDBC stores are here) */
    static IntakeDesk open(java.nio.file.Path dir) {
        return new IntakeDesk(new FakeStores(), new FakeRemedies(), new MutableClock(START));
    }

    /** A new engine over the same stores, as after a process restart. */
    IntakeDesk restart() {
        return new IntakeDesk(stores, remedies, clock);
    }

    MutableClock clock() {
        return clock;
    }

    com.disputedesk.core.cases.CaseStore caseStore() {
        return stores.stores().cases();
    }

    com.disputedesk.core.dialog.DialogStore dialogStore() {
        return stores.stores().dialogs();
    }

    com.disputedesk.core.team.SettingsStore settingsStore() {
        return stores.stores().settings();
    }

    /** The test team's cases, newest first. */
    List<com.disputedesk.core.cases.DisputeCase> cases() {
        return caseStore().all(TEAM.id(), 100);
    }

    /** The member's stored draft in the chat, if any. */
    java.util.Optional<com.disputedesk.core.dialog.StoredDialog> draft(ChatRef chat, Member member) {
        return dialogStore().load(new com.disputedesk.core.dialog.DialogKey(chat, member).key());
    }

    ChatScript chat() {
        return chat(CONSOLE, ALICE);
    }

    ChatScript chat(ChatRef chat, Member member) {
        return new ChatScript(desk.bot(), outbox, chat, member);
    }
}
