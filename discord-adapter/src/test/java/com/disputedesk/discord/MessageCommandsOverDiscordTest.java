package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The right-click commands on a member's message: open a dispute from it, or add it to a case as evidence. */
class MessageCommandsOverDiscordTest {
    private static final String BUYER_QUOTE = "1500000000000000777";

    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private DiscordChat chat;

    @BeforeEach
    void start() {
        wired = new DeskOverDiscord(dir);
        chat = new DiscordChat(wired.h, ALICE);
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    private void finishIntake() {
        chat.press("Temu").expect("Temu order number");
        chat.answer("PO-211-1234567890123").answer("Maria").press("German (de)").press("Counterfeit claim");
        chat.answer("USD 40").press("Partial refund").answer("12.5").press("Skip").press("Skip");
        chat.expect("Which evidence").press("Done").press("Skip").expect("Please check the case");
        chat.press("Confirm").expect("Case #1 opened");
    }

    private DisputeCase theCase() {
        return wired.desk.stores().stores().cases().all(TestDesk.TEAM.id(), 10).get(0);
    }

    @Test
    void openDisputeFromAMessageStartsTheIntakeAndTheTimelineLinksToTheMessage() {
        chat.slash(i -> i.messageCommand("Open dispute from this message", BUYER_QUOTE, MALLORY,
                "The buyer says the parcel never came", Map.of())).expect("Which marketplace");
        finishIntake();

        String link = "https://discord.com/channels/" + FakeDiscord.GUILD + "/" + FakeDiscord.CHANNEL + "/"
                + BUYER_QUOTE;
        List<TimelineEntry> timeline = wired.desk.stores().stores().cases().timeline(theCase().id());
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.NOTE);
            assertThat(e.text()).isEqualTo("Opened from the message " + link);
        });
        // nothing was read from the message: the intake asked every question as usual
        assertThat(theCase().facts().buyer()).isEqualTo("Maria");
    }

    @Test
    void addToCaseAsEvidenceAsksWhichOpenCasePrivatelyAndStoresTheFilesAndTheText() throws Exception {
        chat.slash(i -> i.subcommand("dispute", "new"));
        finishIntake();
        byte[] photo = "the parcel label, torn".getBytes(StandardCharsets.UTF_8);
        String url = wired.h.fake.cdnFile("label.jpg", photo);

        JsonNode ask = chat.slash(i -> i.messageCommand("Add to case as evidence", BUYER_QUOTE, MALLORY,
                "Buyer: here is the label", Map.of("label.jpg", url)))
                .message("Which case should the files and text of this message go to?");
        assertThat(ask.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        JsonNode menu = ask.path("components").get(0).path("components").get(0);
        assertThat(menu.path("type").asInt()).as("string select").isEqualTo(3);
        assertThat(menu.path("options")).singleElement()
                .satisfies(o -> assertThat(o.path("value").asText()).isEqualTo("1"));

        chat.press(menu.path("options").get(0).path("label").asText()).expect("label.jpg").expect("message-");

        List<StoredEvidence> stored = wired.desk.stores().stores().evidence().forCase(theCase().id());
        assertThat(stored).extracting(StoredEvidence::fileName).hasSize(2).contains("label.jpg")
                .anySatisfy(n -> assertThat(n).startsWith("message-").endsWith(".txt"));
        StoredEvidence text = stored.stream().filter(e -> e.fileName().endsWith(".txt")).findFirst().orElseThrow();
        assertThat(Files.readString(wired.desk.stores().evidenceDir().resolve(text.path())))
                .contains("/" + BUYER_QUOTE).contains("Mallory:").contains("Buyer: here is the label");
    }

    @Test
    void withNoOpenCaseNothingIsAskedOrStored() {
        chat.slash(i -> i.messageCommand("Add to case as evidence", BUYER_QUOTE, MALLORY, "hello", Map.of()))
                .expect("There is no open case to add this message to.");
    }
}
