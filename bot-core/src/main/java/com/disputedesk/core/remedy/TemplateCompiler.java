package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads config/templates/&lt;lang&gt;.yml: English is the reference and must have every piece and every offer
 * kind; every other language must have what English has; placeholders must be known ones.
 */
final class TemplateCompiler {
    /** The placeholders a template may use. */
    static final Set<String> PLACEHOLDERS = Set.of("buyer", "order", "tracking", "amount", "order-amount", "net",
            "breakdown");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LANGUAGE_FILE = Pattern.compile("([a-z]{2,3})\\.yml");

    /** The pieces of a template file other than the offers, with their field names. */
    private static final Map<String, Function<Raw.Templates, String>> PIECES = new LinkedHashMap<>();

    static {
        PIECES.put("greeting", Raw.Templates::greeting);
        PIECES.put("greeting-no-name", Raw.Templates::greetingNoName);
        PIECES.put("apology", Raw.Templates::apology);
        PIECES.put("tracking", Raw.Templates::tracking);
        PIECES.put("alternative", Raw.Templates::alternative);
        PIECES.put("question", Raw.Templates::question);
        PIECES.put("agree", Raw.Templates::agree);
        PIECES.put("follow-up", Raw.Templates::followUp);
        PIECES.put("closing", Raw.Templates::closing);
        PIECES.put("breakdown", Raw.Templates::breakdown);
    }

    private final YamlReader reader;

    TemplateCompiler(YamlReader reader) {
        this.reader = reader;
    }

    /** Templates per language code, English first, then the others by code. */
    Map<String, TemplateSet> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PlaybookException(dir + ": folder not found (buyer-message templates, at least en.yml)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new PlaybookException(dir + ": cannot be read: " + e.getMessage());
        }
        Path english = dir.resolve("en.yml");
        if (!Files.isRegularFile(english)) {
            throw new PlaybookException(english + ": file not found (English is the reference language)");
        }
        Map<String, TemplateSet> sets = new LinkedHashMap<>();
        sets.put("en", compile(english, reader.read(english, Raw.Templates.class)));
        Map<String, TemplateSet> others = new TreeMap<>();
        for (Path file : files) {
            Matcher m = LANGUAGE_FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                throw new PlaybookException(file + ": name the file after a language code, like de.yml");
            }
            if (!m.group(1).equals("en")) {
                others.put(m.group(1), compile(file, reader.read(file, Raw.Templates.class)));
            }
        }
        sets.putAll(others);
        return sets;
    }

    private TemplateSet compile(Path file, Raw.Templates raw) {
        boolean english = file.getFileName().toString().equals("en.yml");
        String because = english ? "" : " (en.yml has it)";
        Map<String, String> pieces = new LinkedHashMap<>();
        for (Map.Entry<String, Function<Raw.Templates, String>> piece : PIECES.entrySet()) {
            String value = piece.getValue().apply(raw);
            if (value == null || value.isBlank()) {
                throw new PlaybookException(file + ": " + piece.getKey() + ": missing" + because);
            }
            checkPlaceholders(file, piece.getKey(), value);
            pieces.put(piece.getKey(), value.strip());
        }
        if (pieces.get("breakdown").contains("{breakdown}")) {
            throw new PlaybookException(file + ": breakdown: cannot contain {breakdown} itself");
        }
        Map<String, String> rawOffers = raw.offers() == null ? Map.of() : raw.offers();
        Map<OfferKind, String> offers = new EnumMap<>(OfferKind.class);
        for (Map.Entry<String, String> e : rawOffers.entrySet()) {
            OfferKind kind = Coded.parse(OfferKind.class, e.getKey())
                    .filter(k -> k.code().equals(e.getKey()))
                    .orElseThrow(() -> new PlaybookException(file + ": offers." + e.getKey()
                            + ": unknown offer kind (expected one of: " + Arrays.stream(OfferKind.values())
                            .map(OfferKind::code).collect(Collectors.joining(", ")) + ")"));
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new PlaybookException(file + ": offers." + e.getKey() + ": missing" + because);
            }
            checkPlaceholders(file, "offers." + e.getKey(), e.getValue());
            offers.put(kind, e.getValue().strip());
        }
        for (OfferKind kind : OfferKind.values()) {
            if (!offers.containsKey(kind)) {
                throw new PlaybookException(file + ": offers." + kind.code() + ": missing" + because);
            }
        }
        return new TemplateSet(pieces.get("greeting"), pieces.get("greeting-no-name"), pieces.get("apology"),
                pieces.get("tracking"), pieces.get("alternative"), pieces.get("question"), pieces.get("agree"),
                pieces.get("follow-up"), pieces.get("closing"), pieces.get("breakdown"), offers);
    }

    private static void checkPlaceholders(Path file, String key, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new PlaybookException(file + ": " + key + ": unknown placeholder " + String.join(", ", unknown)
                    + " (known: " + PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}")
                    .collect(Collectors.joining(" ")) + ")");
        }
    }
}
