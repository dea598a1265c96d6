package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence packs and the /stats chart reach the team's Telegram group as documents (sendDocument, multipart). */
class ExportsOverTelegramTest {
    private static final long GROUP = -1001;
    private static final long ANN = 42;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private DeskOverTelegram wired;

    @AfterEach
    void stop() {
        if (wired != null) {
            wired.close();
        }
    }

    private void caseWithEvidence(byte[]... files) throws Exception {
        Member ann = new Member(Platform.TELEGRAM, Long.toString(ANN), "Ann");
        CaseFacts facts = new CaseFacts("aliexpress", "8100000000000001", "Ana", "es", Reason.WRONG_SIZE,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("40.00", "USD"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        DisputeCase c = wired.desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, ann,
                ChatRef.of(Platform.TELEGRAM, Long.toString(GROUP)), wired.desk.clock().instant()), List.of());
        for (int i = 0; i < files.length; i++) {
            byte[] bytes = files[i];
            wired.desk.stores().stores().evidence().store(c.id(), new FileOffer("file" + i + ".bin",
                    "application/octet-stream", bytes.length, () -> new ByteArrayInputStream(bytes)),
                    wired.desk.clock().instant());
        }
    }

    private void command(String text) {
        wired.settle(List.of(wired.fake.text(GROUP, ANN, "Ann", text)));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** Every line of manifest.sha256 names a file of the pack whose SHA-256 is the one given. */
    private static void assertManifestVerifies(Map<String, byte[]> pack) throws Exception {
        List<String> lines = new String(pack.get("manifest.sha256"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(pack.size() - 1);
        for (String line : lines) {
            byte[] file = pack.get(line.substring(66));
            assertThat(file).as(line).isNotNull();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)))
                    .isEqualTo(line.substring(0, 64));
        }
    }

    @Test
    void anEvidencePackArrivesAsADocumentInTheGroup() throws Exception {
        wired = new DeskOverTelegram(dir);
        byte[] photo = "a photo of the size label".getBytes(StandardCharsets.UTF_8);
        caseWithEvidence(photo);

        command("/export 1");

        await().atMost(WAIT).until(() -> wired.fake.documents().size() == 1);
        FakeBotApi.Document doc = wired.fake.documents().get(0);
        assertThat(doc.chatId()).isEqualTo(GROUP);
        assertThat(doc.fileName()).startsWith("case-1-evidence-").endsWith(".zip");
        Map<String, byte[]> pack = unzip(doc.bytes());
        assertThat(pack).containsKeys("summary.pdf", "manifest.sha256", "evidence/01-file0.bin");
        assertThat(pack.get("evidence/01-file0.bin")).isEqualTo(photo);
        assertManifestVerifies(pack);
        assertThat(wired.fake.textsTo(GROUP)).anyMatch(t -> t.startsWith("Evidence pack of case #1"));
    }

    @Test
    void theStatsChartArrivesAsAPngDocumentAfterTheFigures() throws Exception {
        wired = new DeskOverTelegram(dir);
        caseWithEvidence();

        command("/stats");

        await().atMost(WAIT).until(() -> wired.fake.documents().size() == 1);
        FakeBotApi.Document png = wired.fake.documents().get(0);
        assertThat(png.fileName()).startsWith("stats-30d-").endsWith(".png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes()))).isNotNull();
        assertThat(wired.fake.textsTo(GROUP)).anyMatch(t -> t.startsWith("Chart of the last 30 days"));
    }

    @Test
    void aPackOverTheDocumentLimitArrivesInPartsThatJoinIntoThePack() throws Exception {
        wired = new DeskOverTelegram(dir, 64 * 1024);
        byte[] video = new byte[150_000];
        new Random(3).nextBytes(video);
        caseWithEvidence(video);

        command("/export 1");

        await().atMost(WAIT).until(() -> wired.fake.textsTo(GROUP).stream().anyMatch(t -> t.contains("parts")));
        String said = wired.fake.textsTo(GROUP).stream().filter(t -> t.contains("parts")).findFirst().orElseThrow();
        int parts = Integer.parseInt(said.replaceFirst("(?s).*so it comes in (\\d+) parts.*", "$1"));
        await().atMost(WAIT).until(() -> wired.fake.documents().size() == parts);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (FakeBotApi.Document d : wired.fake.documents()) {
            assertThat(d.bytes().length).isLessThanOrEqualTo(64 * 1024);
            joined.write(d.bytes());
        }
        assertThat(wired.fake.documents().get(0).fileName()).endsWith(".zip.001");
        Map<String, byte[]> pack = unzip(joined.toByteArray());
        assertThat(pack.get("evidence/01-file0.bin")).isEqualTo(video);
        assertManifestVerifies(pack);
    }

    @Test
    void aDocumentTelegramRefusesAsTooLargeIsNotSentAgain() throws Exception {
        wired = new DeskOverTelegram(dir);
        wired.fake.documentLimit(10_000);
        byte[] video = new byte[50_000];
        new Random(5).nextBytes(video);
        caseWithEvidence(video);

        command("/export 1");

        assertThat(wired.fake.calls("refused:senddocument")).hasSize(1);
        assertThat(wired.fake.documents()).isEmpty();
        assertThat(wired.fake.textsTo(GROUP)).anyMatch(t -> t.startsWith("Evidence pack of case #1"));
    }
}
