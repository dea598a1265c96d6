package com.disputedesk.core.remedy;

import java.nio.file.Path;

/**
 * The operator's playbook (config/playbook.yml) and buyer-message templates (config/templates/), loaded and
 * validated: a bad file stops the start with the file, the field and what is wrong.
 */
public final class Playbook {

    private Playbook() {
    }

    /**
     * Loads {@code configDir}/playbook.yml and {@code configDir}/templates/.
     *
     * @throws PlaybookException naming the file, the field and what is wrong
     */
    public static Remedies load(Path configDir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A playbook or template file that cannot be used. */
    public static final class PlaybookException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PlaybookException(String message) {
            super(message);
        }
    }
}
