package com.disputedesk.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialog's button ids: one codec, every kind round-trips, the owner is the member, every id fits. */
class DialogButtonTest {
    /** The longest member keys the platforms make: a 64-bit Discord snowflake, a 52-bit Telegram user id. */
    private static final Member DISCORD = new Member(Platform.DISCORD, "18446744073709551615", "D");
    private static final Member TELEGRAM = new Member(Platform.TELEGRAM, "4503599627370495", "T");
    /** Telegram's callback_data limit, with the adapter's own tag in front of the choice id. */
    private static final int TELEGRAM_BYTES = 64;
    private static final String TELEGRAM_TAG = "c1|";

    @Test
    void everyKindOfButtonRoundTripsThroughItsId() {
        for (Member m : List.of(DISCORD, TELEGRAM, new Member(Platform.CONSOLE, "alice", "A"))) {
            DialogButton.Owner o = DialogButton.Owner.of(m);
            for (DialogButton b : List.of(new DialogButton.Pick(3, 1, o), new DialogButton.Toggle(13, 11, o),
                    new DialogButton.Done(13, o), new DialogButton.Back(0, o), new DialogButton.Skip(8, o),
                    new DialogButton.Cancel(o), new DialogButton.Confirm(o), new DialogButton.Edit(10, o))) {
                assertThat(DialogButton.parse(b.format())).contains(b);
                assertThat(DialogButton.parsePayload(b.format().substring("dlg:".length()))).contains(b);
            }
        }
    }

    @Test
    void theOwnerIsTheFullMemberKey() {
        assertThat(new DialogButton.Pick(3, 1, DialogButton.Owner.of(TELEGRAM)).format())
                .isEqualTo("dlg:c:3:1:telegram:4503599627370495");
        assertThat(new DialogButton.Confirm(DialogButton.Owner.of(DISCORD)).format())
                .isEqualTo("dlg:ok:discord:18446744073709551615");
    }

    @Test
    void theLongestPossibleIdFitsEveryPlatform() {
        DialogButton.Owner longest = new DialogButton.Owner("x".repeat(DialogButton.Owner.MAX_TAG_LENGTH));
        String id = new DialogButton.Toggle(DialogButton.MAX_INDEX, DialogButton.MAX_INDEX, longest).format();
        assertThat(id).hasSize(Choice.MAX_ID_LENGTH);
        assertThat((TELEGRAM_TAG + id).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(TELEGRAM_BYTES);
        assertThat(new Choice(id, "label").id()).isEqualTo(id);
        for (Member m : List.of(DISCORD, TELEGRAM)) {
            assertThat(DialogButton.Owner.of(m).tag()).isEqualTo(m.key());
        }
        assertThatThrownBy(() -> new DialogButton.Pick(DialogButton.MAX_INDEX + 1, 0, longest))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyThatCannotTravelInAnIdIsCarriedAsADigestThatStillTellsMembersApart() {
        Member longName = new Member(Platform.CONSOLE, "a-very-long-operator-name-from-config", "L");
        Member otherLongName = new Member(Platform.CONSOLE, "a-very-long-operator-name-from-confih", "L");
        Member chinese = new Member(Platform.CONSOLE, "王芳", "W");
        for (Member m : List.of(longName, chinese)) {
            DialogButton.Owner o = DialogButton.Owner.of(m);
            assertThat(o.tag()).startsWith("~").hasSizeLessThanOrEqualTo(DialogButton.Owner.MAX_TAG_LENGTH);
            assertThat(DialogButton.parse(new DialogButton.Cancel(o).format())).contains(new DialogButton.Cancel(o));
        }
        assertThat(DialogButton.Owner.of(longName)).isNotEqualTo(DialogButton.Owner.of(otherLongName));
    }

    @Test
    void idsOfOtherShapesAreNotButtonsOfTheEngine() {
        // the ids the engine sent before the owner became the member key: a 16-bit hash first
        assertThat(DialogButton.parse("dlg:6613:c:0:1")).isEmpty();
        assertThat(DialogButton.parse("dlg:6613:ok")).isEmpty();
        for (String bad : List.of("dlg:c:0:telegram:1", "dlg:c:01:1:telegram:1", "dlg:c:1000:1:telegram:1",
                "dlg:ok", "dlg:ok:", "dlg:zz:telegram:1", "rem:s1:c1.overdue", "dlg:e:-1:telegram:1")) {
            assertThat(DialogButton.parse(bad)).as(bad).isEmpty();
        }
    }
}
