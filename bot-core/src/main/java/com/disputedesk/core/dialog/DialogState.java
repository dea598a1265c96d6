package com.disputedesk.core.dialog;

import java.time.Instant;
import java.util.List;

/**
 * Where a member is in a dialog: the record persisted after every accepted step.
 *
 * @param dialogId  which dialog
 * @param step      the current step's id, or {@link #SUMMARY} when the summary is showing
 * @param answers   the answers so far
 * @param editing   true when the member came from the summary to change a field: the dialog returns there
 * @param selected  the options toggled so far on a multi-select step, not yet an answer
 * @param startedAt when the dialog started
 * @param updatedAt when the member last moved it on
 */
public record DialogState(String dialogId, String step, Answers answers, boolean editing, List<String> selected,
                          Instant startedAt, Instant updatedAt) {
    public static final String SUMMARY = "@summary";

    public DialogState {
        selected = List.copyOf(selected);
    }

    public boolean atSummary() {
        return SUMMARY.equals(step);
    }

    public DialogState at(String stepId, Answers a, boolean isEditing, Instant now) {
        return new DialogState(dialogId, stepId, a, isEditing, List.of(), startedAt, now);
    }

    public DialogState withSelected(List<String> values, Instant now) {
        return new DialogState(dialogId, step, answers, editing, values, startedAt, now);
    }
}
