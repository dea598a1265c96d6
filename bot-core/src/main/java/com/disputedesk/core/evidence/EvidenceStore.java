package com.disputedesk.core.evidence;

import com.disputedesk.core.chat.FileOffer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** Keeps evidence files: downloaded at once, hashed, never only linked. */
public interface EvidenceStore {

    /**
     * Downloads and stores the file for the case.
     *
     * @throws TooLarge when the file is over the configured limit (declared or as read); nothing is kept then
     * @throws IOException when the download fails; nothing is kept then
     */
    StoredEvidence store(long caseId, FileOffer file, Instant at) throws IOException;

    List<StoredEvidence> forCase(long caseId);

    /** Opens the bytes of a stored file (for an evidence pack). */
    InputStream open(StoredEvidence file) throws IOException;

    /** The configured size limit in bytes. */
    long maxBytes();

    /** Thrown when a file is over the limit. */
    final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public TooLarge(long limit) {
            super("file larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
