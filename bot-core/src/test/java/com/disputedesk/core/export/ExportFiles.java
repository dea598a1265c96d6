package com.disputedesk.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What export tests share: opening cases in the store, and reading back the files the bot sent. */
final class ExportFiles {
    private ExportFiles() {
    }

    static DisputeCase open(TestDesk desk, String orderId, String buyer, Reason reason, String amount,
                            String currency) {
        CaseFacts facts = new CaseFacts("aliexpress", orderId, buyer, "es", reason,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of(amount, currency), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        return desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, TestDesk.ALICE,
                TestDesk.CONSOLE, desk.clock().instant()), List.of());
    }

    /** The files the last exchange sent, in order. */
    static List<Path> files(ChatScript chat) {
        return chat.replies().stream().map(Reply::file).flatMap(Optional::stream).toList();
    }

    /** The one file the last exchange sent. */
    static Path file(ChatScript chat) {
        assertThat(files(chat)).as(chat.transcript()).hasSize(1);
        return files(chat).get(0);
    }

    /** Every entry of a ZIP, by name, in order. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        return unzip(Files.readAllBytes(zip));
    }

    /**
     * Checks every line of manifest.sha256 as {@code sha256sum -c} does, by recomputing the hash of the file it
     * names; and that it names every file of the pack but itself.
     */
    static void assertManifestVerifies(Map<String, byte[]> pack) throws Exception {
        String manifest = new String(pack.get(EvidencePack.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).endsWith("\n");
        List<String> lines = manifest.lines().toList();
        assertThat(lines).hasSize(pack.size() - 1);
        for (String line : lines) {
            assertThat(line).matches("[0-9a-f]{64}  \\S.*");
            String hash = line.substring(0, 64);
            String name = line.substring(66);
            assertThat(pack).containsKey(name);
            assertThat(sha256(pack.get(name))).as(name).isEqualTo(hash);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The text PDFBox reads out of a PDF. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
