package com.disputedesk.core.remedy;

import java.nio.file.Path;
import java.util.Map;

/**
 * The operator's playbook (config/playbook.yml) and buyer-message templates (config/templates/), loaded and
 * validated: a bad file stops the start with the file, the field and what is wrong.
 */
public final class Playbook {

    private Playbook() {
    }

    /**
     * Loads {@code configDir}/playbook.yml and {@code configDir}/templates/. All reading happens here; the
     * returned engine does no I/O.
     *
     * @throws PlaybookException naming the file, the field and what is wrong
     */
    public static Remedies load(Path configDir) {
        YamlReader reader = new YamlReader();
        Path file = configDir.resolve("playbook.yml");
        Raw.Playbook raw = reader.read(file, Raw.Playbook.class);
        Map<String, TemplateSet> templates = new TemplateCompiler(reader).load(configDir.resolve("templates"));
        return new PlaybookRemedies(new PlaybookCompiler(file).compile(raw, templates));
    }

    /** A playbook or template file that cannot be used. */
    public static final class PlaybookException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PlaybookException(String message) {
            super(message);
        }
    }
}
