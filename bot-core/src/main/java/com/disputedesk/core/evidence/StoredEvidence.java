package com.disputedesk.core.evidence;

import java.time.Instant;

/**
 * A file kept as evidence for a case.
 *
 * @param caseId    the case it belongs to
 * @param fileName  the sanitised file name it is stored under
 * @param mediaType MIME type as the platform gave it
 * @param size      bytes stored
 * @param sha256    lower-case hex SHA-256 of the bytes
 * @param path      where the bytes lie, relative to the evidence folder
 * @param storedAt  when it was stored
 */
public record StoredEvidence(long caseId, String fileName, String mediaType, long size, String sha256, String path,
                             Instant storedAt) {
}
