package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.UiLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text for the team, as the playbook writes it: a plain string (English; how playbooks were written before
 * texts had languages) or a map of language code to text, {@code {en: "...", zh: "..."}}. English is
 * required; any team language may be added and is checked like the English one; a code that is no team
 * language is refused.
 */
final class LocalTextCompiler extends PlaybookSection {
    private final List<String> languages;

    /** Texts in the team languages the bot speaks ({@link UiLanguage}). */
    LocalTextCompiler(Path file) {
        this(file, Arrays.stream(UiLanguage.values()).map(UiLanguage::code).toList());
    }

    /** Texts in these language codes (English, which every text needs, among them). */
    LocalTextCompiler(Path file, List<String> languages) {
        super(file);
        this.languages = List.copyOf(languages);
    }

    LocalText text(String path, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw problem(path, "missing");
        }
        if (node.isValueNode()) {
            return LocalText.english(text(path, node.asText()));
        }
        if (!node.isObject()) {
            throw problem(path, "expected a text, or texts by language like {" + example() + "}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            if (!languages.contains(e.getKey())) {
                throw problem(at, "unknown language '" + e.getKey() + "' (expected one of: "
                        + String.join(", ", languages) + ")");
            }
            JsonNode value = e.getValue();
            if (value == null || value.isNull()) {
                throw problem(at, "empty: write the text or leave the key out");
            }
            if (!value.isValueNode()) {
                throw problem(at, "expected a text");
            }
            if (value.asText().isBlank()) {
                throw problem(at, "empty: write the text or leave the key out");
            }
            texts.put(e.getKey(), value.asText().trim());
        }
        String english = UiLanguage.FALLBACK.code();
        if (!texts.containsKey(english)) {
            throw problem(path, "missing the text in '" + english + "', which every other language falls back to");
        }
        return new LocalText(texts);
    }

    private String example() {
        return String.join(", ", languages.stream().map(l -> l + ": ...").toList());
    }
}
