package com.disputedesk.core.dialog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads {@link DialogState} as the JSON kept in the dialog store. Answers are kept in their steps'
 * codecs' stored forms, so reading needs the dialog's definition.
 */
final class DialogStateJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the step held when the summary was showing. */
    private static final String SUMMARY = "@summary";
    /** What a skipped step held in the stored answers. */
    private static final String SKIPPED = "";
    /** What a multi-select step with nothing selected held in the stored answers. */
    private static final String NONE_SELECTED = "none";

    /** The stored shape: plain strings, so the format does not depend on Jackson modules. */
    record Stored(String dialog, String step, Map<String, String> answers, boolean editing, List<String> selected,
                  String startedAt, String updatedAt) {
    }

    private DialogStateJson() {
    }

    static String write(DialogState s, DialogSpec spec) {
        Map<String, String> answers = new LinkedHashMap<>();
        s.answers().byStep().forEach((id, answer) -> answers.put(id, stored(spec, id, answer)));
        try {
            String step = s.position().stepId().orElse(SUMMARY);
            return JSON.writeValueAsString(new Stored(s.dialogId(), step, answers, s.editing(),
                    s.selected(), s.startedAt().toString(), s.updatedAt().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write dialog state", e);
        }
    }

    /**
     * The state a stored JSON holds for {@code spec}.
     *
     * @throws IllegalArgumentException when it is unreadable, or holds an answer no step of {@code spec} reads
     */
    static DialogState read(String json, DialogSpec spec) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            Answers answers = Answers.none();
            if (s.answers() != null) {
                for (Map.Entry<String, String> e : s.answers().entrySet()) {
                    answers = answers.with(e.getKey(), answer(spec, e.getKey(), e.getValue()));
                }
            }
            Position position = s.step().equals(SUMMARY) ? Position.SUMMARY
                    : s.editing() ? new Position.Editing(s.step()) : new Position.AtStep(s.step());
            return new DialogState(s.dialog(), position, answers,
                    s.selected() == null ? List.of() : s.selected(), Instant.parse(s.startedAt()),
                    Instant.parse(s.updatedAt()));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable dialog state", e);
        }
    }

    private static String stored(DialogSpec spec, String stepId, Answer answer) {
        if (!(answer instanceof Answer.Given given)) {
            return SKIPPED;
        }
        Step<?> step = spec.step(stepId).orElseThrow(() -> new IllegalStateException("no step " + stepId));
        String stored = step.stored(given.value());
        return step.kind() == Step.Kind.MULTI && stored.isEmpty() ? NONE_SELECTED : stored;
    }

    private static Answer answer(DialogSpec spec, String stepId, String stored) {
        Step<?> step = spec.step(stepId).orElseThrow(() -> new IllegalArgumentException("no step " + stepId));
        if (stored.equals(SKIPPED)) {
            return Answer.SKIPPED;
        }
        String form = step.kind() == Step.Kind.MULTI && stored.equals(NONE_SELECTED) ? "" : stored;
        Optional<?> value = step.key().codec().read(form);
        return new Answer.Given(value.orElseThrow(
                () -> new IllegalArgumentException("unreadable answer of " + stepId + ": " + stored)));
    }
}
