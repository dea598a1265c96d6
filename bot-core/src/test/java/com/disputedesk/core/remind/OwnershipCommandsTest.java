package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.store.JdbcMemberDirectory;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Rig.ClosesRigs.class)
class OwnershipCommandsTest {
    @TempDir
    Path dir;
    Rig rig;
    DisputeCase c;

    @BeforeEach
    void aCaseOpenedByAlice() {
        rig = Rig.open(dir);
        c = rig.openCase(Rig.ALICE);
    }

    @Test
    void theOpenerOwnsTheCase() {
        assertThat(c.owner()).contains(Rig.ALICE);
    }

    @Test
    void claimTakesTheCase() {
        assertThat(Rig.text(rig.type(Rig.BOB, "/claim 1"))).contains("You now own case #1");

        assertThat(rig.current(c).owner()).contains(Rig.BOB);
        assertThat(lastEntry()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.ASSIGNED);
            assertThat(e.actor()).isEqualTo("telegram:43 Bob");
            assertThat(e.text()).isEqualTo("Bob took the case");
        });
    }

    @Test
    void claimingYourOwnCaseChangesNothing() {
        assertThat(Rig.text(rig.type(Rig.ALICE, "/claim #1"))).contains("You already own case #1");
        assertThat(rig.current(c).version()).isEqualTo(c.version());
    }

    @Test
    void assignByMemberKey() {
        assertThat(Rig.text(rig.type(Rig.ALICE, "/assign 1 telegram:99"))).contains("Case #1 is now owned by 99");

        assertThat(rig.current(c).owner()).contains(new Member(Platform.TELEGRAM, "99", "99"));
        assertThat(lastEntry().text()).isEqualTo("assigned to 99 (telegram:99) by Alice");
    }

    @Test
    void assignByTheDisplayNameOfAMemberWhoUsedTheBot() {
        rig.type(Rig.BOB, "/settings");  // only seen members can be named: Bob has not acted yet
        assertThat(Rig.text(rig.type(Rig.ALICE, "/assign 1 @bob"))).contains("I do not know a member \"@bob\"");
        rig.type(Rig.BOB, "/claim 1");
        rig.type(Rig.BOB, "/assign 1 Alice");
        assertThat(rig.current(c).owner()).contains(Rig.ALICE);

        assertThat(Rig.text(rig.type(Rig.ALICE, "/assign 1 @bob"))).contains("Case #1 is now owned by Bob");
        assertThat(rig.current(c).owner()).contains(Rig.BOB);
    }

    @Test
    void twoMembersWithTheSameNameMustBeNamedByKey() {
        Member otherBob = new Member(Platform.DISCORD, "555", "Bob");
        rig.type(Rig.BOB, "/claim 1");
        new JdbcMemberDirectory(rig.db).seen("acme", otherBob, rig.clock.instant());

        assertThat(Rig.text(rig.type(Rig.ALICE, "/assign 1 Bob")))
                .contains("Several members are called \"Bob\"", "telegram:43", "discord:555");
        assertThat(rig.current(c).owner()).contains(Rig.BOB);
    }

    @Test
    void unassignLeavesTheCaseToTheTeam() {
        assertThat(Rig.text(rig.type(Rig.BOB, "/unassign 1"))).contains("Case #1 has no owner now");

        assertThat(rig.current(c).owner()).isEmpty();
        assertThat(lastEntry().text()).isEqualTo("owner Alice (telegram:42) removed by Bob");
    }

    @Test
    void badArgumentsGetUsageAndChangeNothing() {
        assertThat(Rig.text(rig.type(Rig.BOB, "/claim"))).contains("Usage: /claim <case>, e.g. /claim 12");
        assertThat(Rig.text(rig.type(Rig.BOB, "/claim abc"))).contains("There is no case abc in this team.");
        assertThat(Rig.text(rig.type(Rig.BOB, "/claim 1 2"))).contains("Usage: /claim");
        assertThat(Rig.text(rig.type(Rig.BOB, "/assign 1"))).contains("Usage: /assign <case> <member>");
        assertThat(Rig.text(rig.type(Rig.BOB, "/assign x Alice"))).contains("There is no case x in this team.");
        assertThat(Rig.text(rig.type(Rig.BOB, "/unassign"))).contains("Usage: /unassign");
        assertThat(Rig.text(rig.type(Rig.BOB, "/claim 7"))).contains("There is no case #7 in this team.");
        assertThat(Rig.text(rig.type(Rig.BOB, "/assign 1 nobody"))).contains("I do not know a member \"nobody\"");
        assertThat(Rig.text(rig.type(Rig.BOB, "/assign 1 fax:12"))).contains("I do not know a member \"fax:12\"");

        assertThat(rig.current(c)).isEqualTo(c);
    }

    @Test
    void aClosedCaseCannotBeClaimed() {
        rig.closed(c);
        long version = rig.current(c).version();

        assertThat(Rig.text(rig.type(Rig.BOB, "/claim 1"))).contains("Case #1 is closed");
        assertThat(rig.current(c).version()).isEqualTo(version);
        assertThat(rig.current(c).owner()).isEqualTo(Optional.of(Rig.ALICE));
    }

    private TimelineEntry lastEntry() {
        var timeline = rig.storedCases.timeline(c.id());
        return timeline.get(timeline.size() - 1);
    }
}
