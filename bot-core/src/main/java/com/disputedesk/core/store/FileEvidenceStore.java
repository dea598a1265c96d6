package com.disputedesk.core.store;

import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.evidence.StoredEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Evidence files under {@code <evidenceDir>/<caseId>/<sanitised name>}, recorded with size and SHA-256 in the
 * {@code evidence} table.
 *
 * <p>The download goes to a temporary file in the case folder while it is hashed and counted; it is cut off the
 * moment it passes the limit. Only a complete, flushed download is moved to its final name, and only then is the
 * row written; any failure on the way deletes what was written, so a case never lists a partial or missing file.
 */
final class FileEvidenceStore implements EvidenceStore {
    private static final int MAX_NAME_ATTEMPTS = 1000;
    private static final String PART_PREFIX = ".download-";
    private static final String PART_SUFFIX = ".part";

    private final Jdbc jdbc;
    private final Path root;
    private final long maxBytes;

    FileEvidenceStore(Jdbc jdbc, Path root, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the evidence size limit must be positive");
        }
        this.jdbc = jdbc;
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredEvidence store(long caseId, FileOffer file, Instant at) throws IOException {
        Objects.requireNonNull(file, "file");
        if (file.declaredSize() > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        Path caseDir = root.resolve(Long.toString(caseId));
        Files.createDirectories(caseDir);
        Path partial = Files.createTempFile(caseDir, PART_PREFIX, PART_SUFFIX);
        Path target = null;
        try {
            MessageDigest sha256 = sha256();
            long size = download(file, partial, sha256);
            target = reserveName(caseDir, FileNames.sanitize(file.fileName()));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(caseDir);
            String fileName = target.getFileName().toString();
            StoredEvidence stored = new StoredEvidence(caseId, fileName, mediaType(file), size,
                    HexFormat.of().formatHex(sha256.digest()), caseId + "/" + fileName, at);
            jdbc.update("INSERT INTO evidence (case_id, file_name, media_type, size_bytes, sha256, path, stored_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", stored.caseId(), stored.fileName(), stored.mediaType(),
                    stored.size(), stored.sha256(), stored.path(), Instants.format(at));
            return stored;
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(partial, e);
            if (target != null) {
                deleteQuietly(target, e);
            }
            removeIfEmpty(caseDir);
            throw e;
        }
    }

    /** Copies the content into {@code partial}, hashing and counting; stops once past the limit. */
    private long download(FileOffer file, Path partial, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = Objects.requireNonNull(file.content().open(), "content");
             FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            // evidence must survive a crash right after the member was told it is kept
            channel.force(true);
        }
        return size;
    }

    /** Creates an empty file under the first free variant of {@code name}, so two uploads never share a file. */
    private static Path reserveName(Path caseDir, String name) throws IOException {
        for (int n = 1; n <= MAX_NAME_ATTEMPTS; n++) {
            String candidate = n == 1 ? name : FileNames.alternative(name, n);
            Path path = caseDir.resolve(candidate).normalize();
            if (!caseDir.equals(path.getParent())) {
                throw new IOException("file name escapes the case folder: " + candidate);
            }
            try {
                return Files.createFile(path);
            } catch (FileAlreadyExistsException taken) {
                // try the next variant
            }
        }
        throw new IOException("no free file name for " + name + " after " + MAX_NAME_ATTEMPTS + " attempts");
    }

    /**
     * Deletes the temporary files of downloads a crash cut short: those last written before {@code now - age}, so
     * a download still running in another process on the same folder is left alone. Case folders left empty go too.
     *
     * @return how many files were deleted
     */
    int sweepUnfinished(Instant now, Duration age) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant cutoff = now.minus(age);
        int deleted = 0;
        try (DirectoryStream<Path> cases = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path caseDir : cases) {
                try (DirectoryStream<Path> parts = Files.newDirectoryStream(caseDir, PART_PREFIX + "*" + PART_SUFFIX)) {
                    for (Path part : parts) {
                        if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff) && Files.deleteIfExists(part)) {
                            deleted++;
                        }
                    }
                }
                removeIfEmpty(caseDir);
            }
        }
        return deleted;
    }

    @Override
    public List<StoredEvidence> forCase(long caseId) {
        return jdbc.query("SELECT case_id, file_name, media_type, size_bytes, sha256, path, stored_at FROM evidence"
                        + " WHERE case_id = ? ORDER BY stored_at, file_name",
                rs -> new StoredEvidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), Instants.parse(rs.getString(7))), caseId);
    }

    @Override
    public InputStream open(StoredEvidence file) throws IOException {
        Path p = root.resolve(file.path()).normalize();
        if (!p.startsWith(root)) {
            throw new IOException("evidence path " + file.path() + " lies outside the evidence folder");
        }
        return Files.newInputStream(p);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /** The folder evidence paths are relative to. */
    Path root() {
        return root;
    }

    private static String mediaType(FileOffer file) {
        String type = file.mediaType();
        return type == null || type.isBlank() ? "application/octet-stream" : type;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Makes the new name durable too (POSIX); where a folder cannot be opened for syncing, the rename suffices. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    /** A failed first upload leaves no empty case folder behind. */
    private static void removeIfEmpty(Path dir) {
        try {
            Files.delete(dir);
        } catch (IOException notEmptyOrGone) {
            // other evidence lives there (or it is gone already): keep it
        }
    }

    private static void deleteQuietly(Path path, Throwable cause) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
