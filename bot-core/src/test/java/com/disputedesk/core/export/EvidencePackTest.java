package com.disputedesk.core.export;

import static com.disputedesk.core.export.ExportFiles.assertManifestVerifies;
import static com.disputedesk.core.export.ExportFiles.pdfText;
import static com.disputedesk.core.export.ExportFiles.sha256;
import static com.disputedesk.core.export.ExportFiles.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.report.ReportFont;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /export &lt;case&gt;: the evidence pack a member hands to the marketplace when a dispute escalates. */
class EvidencePackTest extends DeskTest {
    private final byte[] label = "a photo of the size label".getBytes(StandardCharsets.UTF_8);
    private final byte[] chat = "buyer: it is too small\nus: we are sorry".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void caseWithEvidenceOffersAndAnswers() {
        ExportFiles.open(desk, "8100000000000001", "Ana", Reason.WRONG_SIZE, "40.00", "USD");
        desk.chat().sendFile("size label.jpg", label, "/evidence 1").expect("Stored");
        desk.clock().advance(Duration.ofMinutes(1));
        desk.chat().sendFile("../chat log.txt", chat, "/evidence 1").expect("Stored");
        desk.chat().send("/offer 1 1").expectAny("1");
        desk.chat().send("/reply 1 counter wants 20 USD back").expectAny("1");
        desk.chat().send("/offer 1 2").expectAny("1");
    }

    @Test
    void thePackHoldsTheSummaryEveryEvidenceFileAndAManifestThatVerifies() throws Exception {
        ChatScript s = desk.chat().send("/export 1")
                .expect("Evidence pack of case #1: summary.pdf, 2 evidence file(s) and manifest.sha256")
                .expectNoMore();
        Path zip = ExportFiles.file(s);
        assertThat(zip.getFileName().toString()).startsWith("case-1-evidence-").endsWith(".zip");

        Map<String, byte[]> pack = unzip(zip);
        assertThat(pack.keySet()).containsExactlyInAnyOrder("evidence/01-size_label.jpg", "evidence/02-chat_log.txt",
                "summary.pdf", "manifest.sha256");
        assertThat(pack.get("evidence/01-size_label.jpg")).isEqualTo(label);
        assertThat(pack.get("evidence/02-chat_log.txt")).isEqualTo(chat);
        assertManifestVerifies(pack);
    }

    @Test
    void theSummaryNamesEveryOfferAnswerAndEvidenceFile() throws Exception {
        Map<String, byte[]> pack = unzip(ExportFiles.file(desk.chat().send("/export 8100000000000001")));
        String text = pdfText(pack.get("summary.pdf"));

        assertThat(text).contains("Case #1 · AliExpress order 8100000000000001 · evidence pack",
                "Buyer: Ana (writes in es)", "Reason: Wrong size", "Order amount: 40.00 USD");
        assertThat(text).contains("Offers made and the buyer's answers");
        List<String> offerLines = text.lines().filter(l -> l.contains("Offer ") && l.contains(" sent: ")).toList();
        assertThat(offerLines).hasSize(2);
        assertThat(offerLines.get(0)).contains("Offer 1 sent: ");
        assertThat(offerLines.get(1)).contains("Offer 2 sent: ");
        assertThat(text).contains("Buyer answered: ").contains("wants 20 USD back");
        assertThat(text).contains("evidence/01-size_label.jpg", "evidence/02-chat_log.txt",
                "SHA-256 " + sha256(label), "SHA-256 " + sha256(chat), "Timeline", "sha256sum -c manifest.sha256");
    }

    @Test
    void aChineseTeamGetsItsSummaryInChineseWithTheGlyphsEmbedded() throws Exception {
        assertThat(ReportFont.find().coversCjk()).as("a CJK font: the machine's or the bundled one").isTrue();
        desk.chat().send("/lang zh");

        Map<String, byte[]> pack = unzip(ExportFiles.file(desk.chat().send("/export 1").expect("证据包")));
        String text = pdfText(pack.get("summary.pdf"));

        // text read back out of the PDF: the characters were drawn from the embedded font, not replaced
        assertThat(text).contains("案件 #1", "案件信息", "买家的诉求", "已发出方案 1", "已发出方案 2", "买家答复", "时间线",
                "证据文件（2 个）", "尺码不对");
        assertThat(text).doesNotContain("没有中文字体").doesNotContain("?");
    }

    @Test
    void aPackLargerThanTheChatTakesComesInPartsThatJoinIntoTheSamePack() throws Exception {
        byte[] video = new byte[200_000];
        new Random(7).nextBytes(video);
        desk.chat().sendFile("unboxing.mp4", video, "/evidence 1").expect("Stored");
        desk.outbox().limitFiles(64 * 1024);

        ChatScript s = desk.chat().send("/export 1").expect("Evidence pack of case #1");
        List<Path> parts = ExportFiles.files(s);
        assertThat(parts).hasSizeBetween(4, 10);
        assertThat(s.replies().get(0).text()).contains("more than this chat takes (64.0 KB), so it comes in "
                + parts.size() + " parts");
        assertThat(parts.get(0).getFileName().toString()).endsWith(".zip.001");
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Path p : parts) {
            assertThat(Files.size(p)).isLessThanOrEqualTo(64 * 1024);
            joined.write(Files.readAllBytes(p));
        }
        Map<String, byte[]> pack = unzip(joined.toByteArray());
        assertThat(pack.get("evidence/03-unboxing.mp4")).isEqualTo(video);
        assertManifestVerifies(pack);
    }

    @Test
    void aPackTooLargeEvenInPartsIsKeptAndTheMemberToldWhere() throws Exception {
        byte[] video = new byte[200_000];
        new Random(7).nextBytes(video);
        desk.chat().sendFile("unboxing.mp4", video, "/evidence 1").expect("Stored");
        desk.outbox().limitFiles(10_000);

        ChatScript s = desk.chat().send("/export 1")
                .expect("even in parts. It is kept on the computer that runs the bot");
        assertThat(ExportFiles.files(s)).isEmpty();
        String said = s.lastReply().text();
        int at = said.lastIndexOf(" at ") + 4;
        Path kept = Path.of(said.substring(at, said.indexOf(".zip", at) + 4));
        assertThat(kept).exists().startsWith(dir.resolve("exports"));
        assertManifestVerifies(unzip(kept));
    }

    @Test
    void helpListsExportInTheTeamsLanguage() {
        desk.chat().send("/help").expectAny("/export <case, or cases> [days, with cases]");
        desk.chat().send("/lang zh");
        desk.chat().send("/help").expectAny("/export <案件，或 cases> [天数（与 cases 一起用）]");
    }

    @Test
    void anUnknownCaseOrDaysWithACaseGetAHintAndNoFile() {
        assertThat(ExportFiles.files(desk.chat().send("/export 99")
                .expect("There is no case #99 in this team. Usage: /export").expectNoMore())).isEmpty();
        assertThat(ExportFiles.files(desk.chat().send("/export 1 7")
                .expect("A number of days goes with /export cases only.").expectNoMore())).isEmpty();
        desk.chat().send("/export").expect("Usage: /export <case, or cases> [days, with cases]");
        assertThat(dir.resolve("exports")).doesNotExist();
    }
}
