package com.disputedesk.core.intake;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.dialog.DialogKey;
import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The test kit's desk (a real SQLite file, the shipped playbook) with what the intake tests look at. */
final class IntakeDesk implements AutoCloseable {
    static final ChatRef CONSOLE = TestDesk.CONSOLE;
    static final Member ALICE = TestDesk.ALICE;
    static final Member BOB = TestDesk.BOB;

    private TestDesk desk;

    private IntakeDesk(TestDesk desk) {
        this.desk = desk;
    }

    static IntakeDesk open(Path dir) {
        return new IntakeDesk(TestDesk.open(dir));
    }

    /** The same over the embedded PostgreSQL server. */
    static IntakeDesk openPostgres(Path dir) {
        return new IntakeDesk(TestDesk.openPostgres(dir));
    }

    /** Closes the engine and opens a new one over the same database file, as a process restart would. */
    IntakeDesk restart() {
        desk = desk.restart();
        return this;
    }

    MutableClock clock() {
        return desk.clock();
    }

    CaseStore caseStore() {
        return desk.stores().stores().cases();
    }

    DialogStore dialogStore() {
        return desk.stores().stores().dialogs();
    }

    SettingsStore settingsStore() {
        return desk.stores().stores().settings();
    }

    /** The test team's cases, newest first. */
    List<DisputeCase> cases() {
        return caseStore().all(TestDesk.TEAM.id(), 100);
    }

    /** The member's stored draft in the chat, if any. */
    Optional<StoredDialog> draft(ChatRef chat, Member member) {
        return dialogStore().load(new DialogKey(chat, member).key());
    }

    ChatScript chat() {
        return desk.chat();
    }

    ChatScript chat(ChatRef chat, Member member) {
        return desk.chat(chat, member);
    }

    @Override
    public void close() {
        desk.close();
    }
}
