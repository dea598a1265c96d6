package com.disputedesk.core.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder exports and charts are written to before they are sent: {@code exports/} beside the evidence folder
 * (by default {@code data/exports}). Files stay there after sending, so an export too large for the chat is
 * still at hand, and the operator clears the folder when they like.
 *
 * @param dir the folder, created when the first file is written
 */
public record ExportFolder(Path dir) {

    /** {@code exports/} in the folder that holds {@code evidenceDir}. */
    public static ExportFolder besideEvidence(Path evidenceDir) {
        Path absolute = evidenceDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        return new ExportFolder(parent.resolve("exports"));
    }

    /**
     * A new, empty file named {@code base + extension}, or {@code base-2 + extension} and so on when that name is
     * taken: an export never overwrites an earlier one.
     */
    public Path newFile(String base, String extension) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; ; i++) {
            Path candidate = dir.resolve(i == 1 ? base + extension : base + "-" + i + extension);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // the next number
            }
        }
    }
}
