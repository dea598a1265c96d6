package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.testkit.TestDesk;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups and case work by slash command, answered by the real engine. */
class CommandsOverDiscordTest {
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

    @Test
    void caseAndCasesShowTheCaseOpenedHereWithTheBuyerQuotedSafely() {
        openCase();

        JsonNode card = chat.slash(i -> i.slash("case", "number", "#1")).message("Case #1");
        JsonNode embed = card.path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Case #1 · Temu · order PO-211-1234567890123");
        assertThat(DiscordChat.readable(card)).contains("@everyone <b>x</b>");
        assertThat(card.toString()).contains("\\\\@everyone \\\\<b\\\\>x\\\\</b\\\\>");
        assertThat(card.path("allowed_mentions").path("parse")).isEmpty();

        chat.slash(i -> i.slash("cases")).expect("Cases (open): 1").expect("#1");
        chat.slash(i -> i.slash("cases", "filter", "overdue")).expect("No overdue cases right now.");
    }

    @Test
    void remedyGivesAQuickSuggestionWithTheTypedOptions() {
        List<Marketplace> markets = TestDesk.remedies().marketplaces();
        Marketplace last = markets.get(markets.size() - 1);

        JsonNode answer = chat.slash(i -> i.slash("remedy", "reason", "quality-defect", "amount", 40,
                "currency", "EUR", "marketplace", last.id()))
                .message("Quality problem / defect on " + last.name() + ", order of 40.00 EUR");

        assertThat(answer.path("embeds")).as("the ladder as an embed").isNotEmpty();
    }

    @Test
    void anEvidenceFileIsDownloadedFromTheCdnIntoTheEvidenceStore() throws Exception {
        openCase();
        byte[] photo = "a photo of the parcel label".getBytes(StandardCharsets.UTF_8);
        String url = wired.h.fake.cdnFile("label.jpg", photo);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));

        chat.slash(i -> i.slash("evidence", "case", "1").attachment("file", "label.jpg", url, photo.length))
                .expect("Stored label.jpg").expect(sha);

        DisputeCase opened = wired.desk.stores().stores().cases().all(TestDesk.TEAM.id(), 10).get(0);
        List<StoredEvidence> stored = wired.desk.stores().stores().evidence().forCase(opened.id());
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(sha);
            assertThat(e.size()).isEqualTo(photo.length);
        });
        assertThat(wired.h.fake.calls(c -> c.path().startsWith("/attachments/"))).as("downloaded once").hasSize(1);

        chat.slash(i -> i.slash("evidence", "case", "1")).expect("Case #1 has 1 evidence file(s)");
    }

    @Test
    void aNonStaffMemberSeesNothingOfTheCase() {
        openCase();
        DiscordChat mallory = new DiscordChat(wired.h, MALLORY);

        JsonNode refusal = mallory.slash(i -> i.slash("case", "number", "1")).message("Only the support team");

        assertThat(refusal.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(refusal.toString()).doesNotContain("Temu");
    }

    /** A counterfeit claim on Temu, by buttons and the answer form; the buyer name would ping everyone. */
    private void openCase() {
        chat.slash(i -> i.subcommand("dispute", "new")).press("Temu").expect("Temu order number");
        chat.answer("PO-211-1234567890123").answer("@everyone <b>x</b>").press("German (de)");
        chat.press("Counterfeit claim").answer("USD 40").press("Partial refund").answer("12.5");
        chat.press("Skip").press("Skip").expect("Which evidence").press("Done").press("Skip");
        chat.press("Confirm").expect("Case #1 opened");
    }
}
