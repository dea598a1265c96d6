package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence files sent with "/evidence &lt;case&gt;", and /evidence typed alone. */
class EvidenceCommandTest extends DeskTest {
    DisputeCase c;

    @BeforeEach
    void open() {
        c = CaseFixture.on(desk).create();
    }

    private List<StoredEvidence> stored() {
        return desk.stores().stores().evidence().forCase(c.id());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aCaptionedFileIsStoredWithItsHashAndNotedOnTheTimeline() throws Exception {
        byte[] photo = "a photo of the size label".getBytes(StandardCharsets.UTF_8);
        String hash = sha256(photo);

        desk.chat().sendFile("label.jpg", photo, "/evidence 1")
                .expect("Stored label.jpg (" + photo.length + " B, sha256 " + hash + ") as evidence for case #1.");

        assertThat(stored()).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(hash);
            assertThat(e.size()).isEqualTo(photo.length);
        });
        TimelineEntry last = CaseFixture.timeline(desk, c).get(CaseFixture.timeline(desk, c).size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.EVIDENCE);
        assertThat(last.text()).isEqualTo("label.jpg (" + photo.length + " bytes), sha256 " + hash);

        String card = desk.chat().send("/case 1").lastReply().asText();
        assertThat(card).contains("label.jpg · " + photo.length + " B · sha256 " + hash.substring(0, 12));
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimitAndNothingIsStored() {
        byte[] video = new byte[(int) TestDesk.MAX_EVIDENCE_BYTES + 1];
        desk.chat().sendFile("unboxing.mp4", video, "/evidence 1")
                .expect("unboxing.mp4 is larger than the limit of " + Texts.size(TestDesk.MAX_EVIDENCE_BYTES)
                        + "; nothing was stored.");
        assertThat(stored()).isEmpty();
        assertThat(CaseFixture.timeline(desk, c)).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.CREATED);
    }

    @Test
    void aFileExactlyAtTheLimitIsKept() {
        desk.chat().sendFile("big.bin", new byte[(int) TestDesk.MAX_EVIDENCE_BYTES], "/evidence #1")
                .expect("Stored big.bin");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aFileWithoutTheEvidenceCaptionGetsAHint() {
        desk.chat().sendFile("x.jpg", new byte[] {1}, "").expect("send it again with the caption /evidence <case>");
        desk.chat().sendFile("x.jpg", new byte[] {1}, "look at this").expect("caption /evidence <case>");
        desk.chat().sendFile("x.jpg", new byte[] {1}, "/case 1").expect("caption /evidence <case>");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aMissingOrUnknownCaseInTheCaptionGetsTheUsage() {
        desk.chat().sendFile("x.jpg", new byte[] {1}, "/evidence")
                .expect("Usage: /evidence <case>, e.g. /evidence 12 (or send a file with the caption /evidence <case>)");
        desk.chat().sendFile("x.jpg", new byte[] {1}, "/evidence 12")
                .expect("No case 12 in this team. Usage: /evidence <case>");
        desk.chat().sendFile("x.jpg", new byte[] {1}, "/evidence one").expect("No case one in this team.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void evidenceTypedAloneListsTheFilesAndSaysHowToAdd() throws Exception {
        desk.chat().send("/evidence 1").expect("Case #1 has no evidence files yet.")
                .expectAny("send a file with the caption /evidence 1");

        byte[] chat = "chat log".getBytes(StandardCharsets.UTF_8);
        desk.chat().sendFile("chat.txt", chat, "/evidence 1");
        desk.chat().send("/evidence 1").expect("Case #1 has 1 evidence file(s):")
                .expectAny("chat.txt · 8 B · sha256 " + sha256(chat) + " · 2026-03-02 09:00");
        desk.chat().send("/evidence").expect("Usage: /evidence <case>, e.g. /evidence 12");
        desk.chat().send("/evidence 2").expect("No case 2 in this team.");
    }

    @Test
    void theStoredBytesAreTheOnesSent() throws Exception {
        byte[] bytes = "proof".getBytes(StandardCharsets.UTF_8);
        desk.chat().sendFile("proof.txt", bytes, "/evidence 1");
        StoredEvidence e = stored().get(0);
        Path file = dir.resolve("evidence").resolve(e.path());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
