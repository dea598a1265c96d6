package com.disputedesk.core.dialog;

/** A running dialog: its key, definition and state, as read from the store for one turn. */
record Running(DialogKey key, DialogSpec spec, DialogState state) {

    /** The step being asked; only meaningful when the summary is not showing. */
    Step<?> current() {
        return spec.step(state.position().stepId().orElseThrow()).orElseThrow();
    }
}
