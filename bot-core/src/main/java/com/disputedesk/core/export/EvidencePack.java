package com.disputedesk.core.export;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.export.PackSummary.PackedFile;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.report.ReportFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A case's evidence pack for the marketplace's escalation form: one ZIP holding {@code summary.pdf} (the case in
 * the team's language), every evidence file under {@code evidence/} with a clean name, and {@code manifest.sha256}
 * listing the SHA-256 of each of them as {@code sha256sum -c manifest.sha256} checks it.
 *
 * <p>The hashes in the manifest are of the bytes packed, computed while packing; a file whose bytes no longer
 * match the hash recorded when it was stored, or that is gone from the evidence folder, is named so in the
 * summary rather than left out silently.
 */
final class EvidencePack {
    static final String SUMMARY = "summary.pdf";
    static final String MANIFEST = "manifest.sha256";
    static final String FOLDER = "evidence/";
    private static final int BUFFER = 64 * 1024;

    private final EvidenceStore evidence;
    private final Messages messages;
    private final Supplier<ReportFont> font;

    EvidencePack(EvidenceStore evidence, Messages messages, Supplier<ReportFont> font) {
        this.evidence = evidence;
        this.messages = messages;
        this.font = font;
    }

    /** Writes the pack of case {@code c} to {@code zip}; how many evidence files it holds. */
    int write(Path zip, DisputeCase c, String marketplaceName, List<TimelineEntry> timeline, UiLanguage lang,
               ZoneId zone, Instant now) throws IOException {
        List<String> manifest = new ArrayList<>();
        List<PackedFile> packed = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(SUMMARY, MANIFEST));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            List<StoredEvidence> files = evidence.forCase(c.id());
            for (int i = 0; i < files.size(); i++) {
                StoredEvidence e = files.get(i);
                String name = FOLDER + CleanName.of(i + 1, e.fileName(), taken);
                packed.add(pack(out, name, e).map(hash -> {
                    manifest.add(hash + "  " + name);
                    Optional<String> problem = hash.equals(e.sha256()) ? Optional.empty()
                            : Optional.of(messages.get(lang, "pack.file.changed", e.sha256()));
                    return new PackedFile(name, e.size(), hash, e.storedAt(), problem);
                }).orElseGet(() -> new PackedFile(e.fileName(), e.size(), e.sha256(), e.storedAt(),
                        Optional.of(messages.get(lang, "pack.file.missing", e.path())))));
            }
            List<SummaryPdf.Line> lines = new PackSummary(messages, lang, zone).lines(c, marketplaceName, timeline,
                    packed, now);
            byte[] pdf = new SummaryPdf(font.get()).render(lines,
                    List.of(messages.get(lang, "pack.font.missing", "?"),
                            messages.get(UiLanguage.FALLBACK, "pack.font.missing", "?")));
            out.putNextEntry(entry(SUMMARY, now));
            out.write(pdf);
            out.closeEntry();
            manifest.add(0, HexFormat.of().formatHex(sha256().digest(pdf)) + "  " + SUMMARY);
            out.putNextEntry(entry(MANIFEST, now));
            out.write((String.join("\n", manifest) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return manifest.size() - 1;
    }

    /** Copies one evidence file into the ZIP; its SHA-256, or empty when the file cannot be read. */
    private Optional<String> pack(ZipOutputStream out, String name, StoredEvidence e) throws IOException {
        InputStream in;
        try {
            in = evidence.open(e);
        } catch (IOException missing) {
            return Optional.empty();
        }
        MessageDigest sha = sha256();
        try (in) {
            out.putNextEntry(entry(name, e.storedAt()));
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.closeEntry();
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    private static ZipEntry entry(String name, Instant at) {
        ZipEntry z = new ZipEntry(name);
        z.setTime(at.toEpochMilli());
        return z;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
