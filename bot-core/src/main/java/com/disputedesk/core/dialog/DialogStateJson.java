package com.disputedesk.core.dialog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads {@link DialogState} as the JSON kept in the dialog store. */
final class DialogStateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored shape: plain strings, so the format does not depend on Jackson modules. */
    record Stored(String dialog, String step, Map<String, String> answers, boolean editing, List<String> selected,
                  String startedAt, String updatedAt) {
    }

    private DialogStateJson() {
    }

    static String write(DialogState s) {
        try {
            return JSON.writeValueAsString(new Stored(s.dialogId(), s.step(), s.answers().asMap(), s.editing(),
                    s.selected(), s.startedAt().toString(), s.updatedAt().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write dialog state", e);
        }
    }

    static DialogState read(String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            return new DialogState(s.dialog(), s.step(),
                    new Answers(s.answers() == null ? Map.of() : new LinkedHashMap<>(s.answers())), s.editing(),
                    s.selected() == null ? List.of() : s.selected(), Instant.parse(s.startedAt()),
                    Instant.parse(s.updatedAt()));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable dialog state", e);
        }
    }
}
