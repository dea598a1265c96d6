package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads one YAML file into a {@link Raw} record, turning Jackson's errors into "file: field: problem". */
final class YamlReader {
    /** A field name with a language code after it, as texts in other languages were once written: "why-zh". */
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+)-([a-z]{2})");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // "evidence: order-chat" means a list of one, as an operator would expect
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PlaybookException(file + ": file not found");
        } catch (IOException e) {
            throw new PlaybookException(file + ": cannot be read: " + e.getMessage());
        }
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                throw new PlaybookException(file + ": the file is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new PlaybookException(file + ": " + describe(e));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new PlaybookException(file + ": " + where + "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static String describe(JsonMappingException e) {
        String path = path(e);
        String prefix = path.isEmpty() ? "" : path + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            Matcher language = LANGUAGE_SUFFIX.matcher(u.getPropertyName());
            if (language.matches() && u.getKnownPropertyIds() != null
                    && u.getKnownPropertyIds().contains(language.group(1))) {
                // "why-zh" from before texts had languages: say how it is written now
                return prefix + "write the languages inside the text: " + language.group(1) + ": {"
                        + UiLanguage.FALLBACK.code() + ": \"...\", " + language.group(2) + ": \"...\"}";
            }
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ", " (expected one of: ", ")"));
            return prefix + "unknown field '" + u.getPropertyName() + "'" + known;
        }
        if (e instanceof InvalidFormatException f) {
            return prefix + "expected " + kind(f.getTargetType()) + ", got '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return prefix + "expected " + kind(m.getTargetType());
        }
        return prefix + e.getOriginalMessage();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a section with fields";
    }

    /** "reasons.wrong-size.ladder[2].percent" from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
