package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.testkit.ChatScript;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For a parcel the buyer still awaits, the intake asks how long tracking has been silent (skip allowed); past the
 * playbook's threshold the suggestion treats the parcel as lost and never asks the buyer to wait.
 */
class SilentTrackingIntakeTest {
    @TempDir
    Path dir;
    private IntakeDesk desk;

    @BeforeEach
    void open() {
        desk = IntakeDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ChatScript toCarrier(String reason, String status) {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send(IntakeDialogTest.ORDER).send("Maria").send("es")
                .send(reason).send("25.90 USD").press("Full refund").press("Skip").press("Skip")
                .send("LP00123456789CN").expect("carrier's tracking");
        chat.send(status).expect("How many days ago was the parcel shipped?");
        return chat;
    }

    private DisputeCase onlyCase() {
        List<DisputeCase> cases = desk.cases();
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }

    @Test
    void trackingSilentForWeeksTreatsTheParcelAsLostAndNeverAsksToWait() {
        ChatScript chat = toCarrier("not received", "in transit");
        chat.send("25").expect("How many days ago did the tracking last change? Type skip if you do not know.")
                .send("21").expect("Which evidence")
                .send("none").expect("When was the dispute opened?")
                .send("today").expect("13. Days since the last tracking update: 21")
                .send("confirm").expect("Confirmed.").expect("Case #1 opened").expect("Suggested next steps:");

        String suggestion = chat.lastReply().asText();
        assertThat(suggestion).contains("the parcel is treated as lost").doesNotContain("1. Ask the buyer to wait");
        assertThat(onlyCase().facts().shipping().orElseThrow().daysSilent()).isEqualTo(OptionalInt.of(21));
    }

    @Test
    void theSilenceMayBeSkippedAndIsThenUnknown() {
        ChatScript chat = toCarrier("not received", "in transit");
        chat.send("12").expect("How many days ago did the tracking last change?")
                .send("skip").expect("Which evidence")
                .send("none").send("today").expect("13. Days since the last tracking update: not known")
                .send("confirm").expect("Confirmed.").expect("Case #1 opened");

        assertThat(onlyCase().facts().shipping().orElseThrow().daysSilent()).isEmpty();
    }

    @Test
    void trackingCannotBeSilentLongerThanTheParcelHasTravelled() {
        ChatScript chat = toCarrier("not received", "in transit");
        chat.send("10").expect("How many days ago did the tracking last change?")
                .send("11").expect("Tracking cannot have been silent for 11 days: the parcel was shipped 10 days ago.")
                .send("ten").expect("Please send a whole number of days from 0 to 10 (the days since shipment)");
        assertThat(desk.cases()).isEmpty();
    }

    @Test
    void aParcelTrackingCallsLostOrADamagedOneIsNotAskedAboutSilence() {
        toCarrier("not received", "lost").send("30").expect("Which evidence").expectNoMore();
        desk.chat().send("/cancel");
        toCarrier("damaged in transit", "delivered").send("30").expect("Which evidence").expectNoMore();
    }
}
