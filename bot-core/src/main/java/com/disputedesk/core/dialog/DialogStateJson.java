package com.disputedesk.core.dialog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads {@link DialogState} as the JSON kept in the dialog store. Answers are kept in their steps'
 * codecs' stored forms, so reading needs the dialog's definition.
 *
 * <p>Two shapes are read: the current one ({@link Stored}, marked with its version), and the one written before
 * answers were typed ({@link Legacy}), where the summary was the step "@summary", editing a flag, a skipped
 * answer "" and an empty selection "none". Drafts in that shape resume as they were; they are written back in the
 * current shape at the member's next move.
 */
final class DialogStateJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The version the current shape carries. */
    static final int VERSION = 2;

    /**
     * The stored shape: plain strings, so the format does not depend on Jackson modules.
     *
     * @param version   {@link #VERSION}
     * @param at        "step", "editing" or "summary"
     * @param step      the step asked; absent at the summary
     * @param answers   the answered steps' values, each in its step's codec's form
     * @param skipped   the steps skipped
     * @param selected  the option values toggled on a multi-select step
     * @param questioned the unusual answer waiting to be sent again, in its step's codec's form; absent when none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(int version, String dialog, String at, String step, Map<String, String> answers,
                  List<String> skipped, List<String> selected, String startedAt, String updatedAt,
                  String questioned) {
    }

    /** The shape written before answers were typed. */
    record Legacy(String dialog, String step, Map<String, String> answers, boolean editing, List<String> selected,
                  String startedAt, String updatedAt) {
        static final String SUMMARY = "@summary";
        static final String SKIPPED = "";
        static final String NONE_SELECTED = "none";
    }

    private DialogStateJson() {
    }

    static String write(DialogState s, DialogSpec spec) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        s.answers().byStep().forEach((id, answer) -> {
            if (answer instanceof Answer.Given given) {
                answers.put(id, step(spec, id).stored(given.value()));
            } else {
                skipped.add(id);
            }
        });
        Position p = s.position();
        String at = p instanceof Position.AtSummary ? "summary" : p instanceof Position.Editing ? "editing" : "step";
        try {
            return JSON.writeValueAsString(new Stored(VERSION, s.dialogId(), at, p.stepId().orElse(null), answers,
                    skipped, s.selected(), s.startedAt().toString(), s.updatedAt().toString(),
                    s.questioned().orElse(null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write dialog state", e);
        }
    }

    /**
     * The state a stored JSON of either shape holds for {@code spec}.
     *
     * @throws IllegalArgumentException when it is unreadable, or holds an answer no step of {@code spec} reads
     */
    static DialogState read(String json, DialogSpec spec) {
        try {
            JsonNode tree = JSON.readTree(json);
            return tree.has("version") ? current(JSON.treeToValue(tree, Stored.class), spec)
                    : legacy(JSON.treeToValue(tree, Legacy.class), spec);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable dialog state", e);
        }
    }

    private static DialogState current(Stored s, DialogSpec spec) {
        if (s.version() != VERSION) {
            throw new IllegalArgumentException("unknown dialog state version " + s.version());
        }
        Position position = switch (s.at()) {
            case "summary" -> Position.SUMMARY;
            case "editing" -> new Position.Editing(s.step());
            case "step" -> new Position.AtStep(s.step());
            default -> throw new IllegalArgumentException("unknown position " + s.at());
        };
        Answers answers = Answers.none();
        for (Map.Entry<String, String> e : orEmpty(s.answers()).entrySet()) {
            answers = answers.with(e.getKey(), given(spec, e.getKey(), e.getValue()));
        }
        for (String id : orEmpty(s.skipped())) {
            step(spec, id);
            answers = answers.with(id, Answer.SKIPPED);
        }
        return new DialogState(s.dialog(), position, answers, orEmpty(s.selected()), Instant.parse(s.startedAt()),
                Instant.parse(s.updatedAt()), Optional.ofNullable(s.questioned()));
    }

    private static DialogState legacy(Legacy s, DialogSpec spec) {
        Position position = s.step().equals(Legacy.SUMMARY) ? Position.SUMMARY
                : s.editing() ? new Position.Editing(s.step()) : new Position.AtStep(s.step());
        Answers answers = Answers.none();
        for (Map.Entry<String, String> e : orEmpty(s.answers()).entrySet()) {
            String id = e.getKey();
            String stored = e.getValue();
            if (stored.equals(Legacy.SKIPPED)) {
                step(spec, id);
                answers = answers.with(id, Answer.SKIPPED);
            } else if (step(spec, id).kind() == Step.Kind.MULTI && stored.equals(Legacy.NONE_SELECTED)) {
                answers = answers.with(id, given(spec, id, ""));
            } else {
                answers = answers.with(id, given(spec, id, stored));
            }
        }
        return new DialogState(s.dialog(), position, answers, orEmpty(s.selected()), Instant.parse(s.startedAt()),
                Instant.parse(s.updatedAt()));
    }

    private static Answer given(DialogSpec spec, String stepId, String stored) {
        Optional<?> value = step(spec, stepId).key().codec().read(stored);
        return new Answer.Given(value.orElseThrow(
                () -> new IllegalArgumentException("unreadable answer of " + stepId + ": " + stored)));
    }

    private static Step<?> step(DialogSpec spec, String stepId) {
        return spec.step(stepId).orElseThrow(() -> new IllegalArgumentException("no step " + stepId));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
