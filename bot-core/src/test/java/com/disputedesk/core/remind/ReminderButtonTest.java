package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.chat.Choice;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reminder's button ids: one codec, every action round-trips, the longest id fits Telegram's 64 bytes. */
class ReminderButtonTest {

    @Test
    void everyActionRoundTripsThroughItsId() {
        for (ReminderActions.Action a : ReminderActions.Action.values()) {
            ReminderActions.Button b = new ReminderActions.Button(a, "c17.lead1440");
            assertThat(b.format()).startsWith("rem:");
            assertThat(ReminderActions.Button.parsePayload(b.format().substring("rem:".length()))).contains(b);
            assertThat(ReminderActions.id(a, "c17.lead1440")).isEqualTo(b.format());
        }
    }

    @Test
    void theLongestReminderIdFitsEveryPlatform() {
        String longestId = "c" + Long.MAX_VALUE + ".lead" + Integer.MAX_VALUE;
        for (ReminderActions.Action a : ReminderActions.Action.values()) {
            String id = new ReminderActions.Button(a, longestId).format();
            assertThat(new Choice(id, "x").id()).isEqualTo(id);
            assertThat(("c1|" + id).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        }
        assertThatThrownBy(() -> new ReminderActions.Button(ReminderActions.Action.DONE, "x".repeat(48)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOfOtherShapesAreNotReminderButtons() {
        for (String bad : List.of("s1", "s1:", "zz:c1.overdue", ":c1.overdue", "s1:a b")) {
            assertThat(ReminderActions.Button.parsePayload(bad)).as(bad).isEmpty();
        }
    }
}
