package com.disputedesk.core.testkit;

import com.disputedesk.core.remedy.Playbook;
import com.disputedesk.core.remedy.Remedies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the shipped playbook and templates in a test folder, changed by plain text edits, so that a test can
 * run the engine on a playbook the shipped config/ does not have (e.g. with holidays listed) without touching it.
 */
public final class ConfigFixture {
    private final Path dir;

    private ConfigFixture(Path dir) {
        this.dir = dir;
    }

    /** Copies the shipped playbook.yml and templates/ into {@code dir}. */
    public static ConfigFixture copyOfShipped(Path dir) {
        Path shipped = TestDesk.configDir();
        try {
            Files.createDirectories(dir.resolve("templates"));
            Files.copy(shipped.resolve("playbook.yml"), dir.resolve("playbook.yml"));
            try (Stream<Path> files = Files.list(shipped.resolve("templates"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, dir.resolve("templates").resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigFixture(dir);
    }

    /** Replaces the first {@code from} in playbook.yml by {@code to}; fails when the text is not there. */
    public ConfigFixture editPlaybook(String from, String to) {
        return edit("playbook.yml", from, to);
    }

    /**
     * Replaces the first {@code from} in {@code file} ("playbook.yml", "templates/de.yml") by {@code to}; fails when
     * the text is not there.
     */
    public ConfigFixture edit(String file, String from, String to) {
        Path path = dir.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalStateException("test setup: " + file + " has no '" + from + "'");
            }
            Files.writeString(path, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The changed playbook, loaded and validated as at start. */
    public Remedies load() {
        return Playbook.load(dir);
    }
}
