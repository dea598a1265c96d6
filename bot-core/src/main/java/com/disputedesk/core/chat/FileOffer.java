package com.disputedesk.core.chat;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file a member sent, not yet downloaded.
 *
 * @param fileName     the name the member's client gave it (unsanitised)
 * @param mediaType    the MIME type if the platform says, else "application/octet-stream"
 * @param declaredSize the size the platform announced, or -1 when unknown
 * @param content      opens the bytes; called at most once
 */
public record FileOffer(String fileName, String mediaType, long declaredSize, Content content) {

    /** Opens the file's bytes (a download, on a chat platform). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
