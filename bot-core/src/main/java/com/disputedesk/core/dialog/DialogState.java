package com.disputedesk.core.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a member is in a dialog: the record persisted after every accepted step.
 *
 * @param dialogId  which dialog
 * @param position  the question being asked (going forward or editing from the summary), or the summary
 * @param answers   the answers so far
 * @param selected  the option values toggled so far on a multi-select step, not yet an answer
 * @param startedAt when the dialog started
 * @param updatedAt when the member last moved it on
 * @param questioned the stored form of an unusual answer to the current question the member was asked to send
 *                   again to confirm ({@link Parsed.Questioned}); empty when none waits
 */
public record DialogState(String dialogId, Position position, Answers answers, List<String> selected,
                          Instant startedAt, Instant updatedAt, Optional<String> questioned) {

    public DialogState {
        selected = List.copyOf(selected);
        Objects.requireNonNull(questioned, "questioned");
    }

    /** A state with no unusual answer waiting for confirmation. */
    public DialogState(String dialogId, Position position, Answers answers, List<String> selected,
                       Instant startedAt, Instant updatedAt) {
        this(dialogId, position, answers, selected, startedAt, updatedAt, Optional.empty());
    }

    public boolean atSummary() {
        return position instanceof Position.AtSummary;
    }

    /** Whether the member came from the summary to change a field: the dialog returns there. */
    public boolean editing() {
        return position instanceof Position.Editing;
    }

    public DialogState at(Position p, Answers a, Instant now) {
        return new DialogState(dialogId, p, a, List.of(), startedAt, now);
    }

    public DialogState withSelected(List<String> values, Instant now) {
        return new DialogState(dialogId, position, answers, values, startedAt, now);
    }

    /** This state at the same question, waiting for {@code stored} to be sent again. */
    public DialogState questioning(String stored, Instant now) {
        return new DialogState(dialogId, position, answers, selected, startedAt, now, Optional.of(stored));
    }
}
