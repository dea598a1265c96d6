package com.disputedesk.app.config;

import com.disputedesk.core.kernel.Nearest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads config/disputedesk.yml: refuses secrets written in it, applies the environment's overrides, binds it to
 * {@link ConfigFile} and turns every problem into one line: "config/disputedesk.yml: teams[0].zoen: unknown
 * setting; did you mean 'zone'?".
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .registerModule(Scalars.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "chats: console:console" is a list of one, as an operator would expect
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    private static final EnvOverrides OVERRIDES = new EnvOverrides((Shape.Section) Shape.of(ConfigFile.class));

    private ConfigLoader() {
    }

    /**
     * @param file the settings file ({@code DISPUTEDESK_CONFIG} or {@code --config}, else config/disputedesk.yml)
     * @param env  the process environment: overrides ({@code DISPUTEDESK_...}) and nothing else is read from it here
     * @throws ConfigException naming the file (or variable), the setting and what is wrong
     */
    public static AppConfig load(Path file, Map<String, String> env) {
        String name = file.toString();
        ObjectNode root = read(file);
        SecretsInFile.refuse(name, root);
        Map<String, String> sources = OVERRIDES.apply(root, env);
        ConfigFile bound;
        try {
            bound = YAML.treeToValue(root, ConfigFile.class);
        } catch (JsonMappingException e) {
            throw new ConfigException(name + ": " + describe(e, root, sources));
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": " + e.getOriginalMessage());
        }
        return AppConfig.from(file, bound);
    }

    private static ObjectNode read(Path file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new ConfigException(file + ": " + where + "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return YAML.createObjectNode();
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ConfigException(file + ": must be a map of settings");
        }
        return root;
    }

    /** "teams[0].zone: unknown time zone 'Mars/Base' (...)", naming the variable when the value came from one. */
    private static String describe(JsonMappingException e, JsonNode root, Map<String, String> sources) {
        SettingProblem problem = problem(e);
        String path = path(e);
        if (problem != null && !problem.key().isEmpty()) {
            path = path.isEmpty() ? problem.key() : path + "." + problem.key();
        }
        String what;
        if (problem != null) {
            what = problem.getMessage();
        } else if (e instanceof UnrecognizedPropertyException u) {
            what = unknown(u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            JsonNode given = at(root, e);
            what = "must be " + expected(m.getTargetType())
                    + (given.isValueNode() ? ", got '" + given.asText() + "'" : "");
        } else {
            what = e.getOriginalMessage();
        }
        String source = sources.get(path);
        return (path.isEmpty() ? "" : path + ": ") + what + (source == null ? "" : "; the value comes from " + source);
    }

    private static SettingProblem problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SettingProblem p) {
                return p;
            }
        }
        return null;
    }

    private static String unknown(String key, Collection<Object> known) {
        List<String> keys = known == null ? List.of() : known.stream().map(Object::toString).toList();
        return "unknown setting" + Nearest.to(key, keys).map(k -> "; did you mean '" + k + "'?")
                .orElseGet(() -> keys.isEmpty() ? "" : " (this section takes: "
                        + keys.stream().sorted().collect(Collectors.joining(", ")) + ")");
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord()) {
            return "a section of settings";
        }
        return "a single value";
    }

    /** The node Jackson was binding when it failed. */
    private static JsonNode at(JsonNode root, JsonMappingException e) {
        JsonNode node = root;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        return node;
    }

    /** "teams[0].chats[1]" from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
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
