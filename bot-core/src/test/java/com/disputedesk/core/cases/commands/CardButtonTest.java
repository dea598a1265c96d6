package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.chat.Choice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card's button ids: one format, read back as written, within what every platform carries. */
class CardButtonTest {

    private static List<CardButton> everyKind(int n) {
        List<CardButton> all = new ArrayList<>(List.of(new CardButton.Claim(n), new CardButton.Unclaim(n),
                new CardButton.Offers(n), new CardButton.Offer(n, 99), new CardButton.Replied(n),
                new CardButton.Evidence(n), new CardButton.Outcomes(n)));
        for (BuyerAnswer a : List.of(BuyerAnswer.ACCEPTED, BuyerAnswer.REJECTED, BuyerAnswer.COUNTER)) {
            all.add(new CardButton.Answer(n, a));
        }
        for (Outcome o : Outcome.values()) {
            all.add(new CardButton.CloseAs(n, o));
        }
        return all;
    }

    @Test
    void everyButtonReadsBackAsWrittenAndFitsEveryPlatform() {
        for (CardButton b : everyKind(CardButton.MAX_CASE)) {
            String id = b.format();
            assertThat(id).startsWith("card:");
            assertThat(id.length()).isLessThanOrEqualTo(Choice.MAX_ID_LENGTH);
            // Telegram's callback_data is at most 64 bytes
            assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            assertThat(CardButton.parsePayload(id.substring("card:".length()))).contains(b);
        }
    }

    @Test
    void idsOfNoButtonAreNotRead() {
        for (String payload : List.of("", "cl", "cl:", "cl:0", "cl:01", "cl:1234567890", "cl:1:2", "o:1", "o:1:0",
                "o:1:100", "r:1:changed", "r:1:maybe", "c:1:lost", "zz:1", "cl:-1", "of:1:x")) {
            assertThat(CardButton.parsePayload(payload)).as(payload).isEmpty();
        }
    }

    @Test
    void aButtonOutOfRangeIsNeverWritten() {
        assertThatThrownBy(() -> new CardButton.Claim(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardButton.Offer(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardButton.Answer(1, BuyerAnswer.CHANGED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
