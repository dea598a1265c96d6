package com.disputedesk.core.store;

import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.dialog.StoredDialog;
import java.time.Instant;
import java.util.Optional;

/** Dialog state in the {@code dialog} table, one row per dialog key. */
final class JdbcDialogStore implements DialogStore {
    private final Jdbc jdbc;

    JdbcDialogStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredDialog> load(String key) {
        return jdbc.queryOne("SELECT dialog_key, dialog_id, state, updated_at FROM dialog WHERE dialog_key = ?",
                rs -> new StoredDialog(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instants.parse(rs.getString(4))), key);
    }

    @Override
    public void save(StoredDialog d) {
        jdbc.update("INSERT INTO dialog (dialog_key, dialog_id, state, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (dialog_key) DO UPDATE SET dialog_id = excluded.dialog_id,"
                        + " state = excluded.state, updated_at = excluded.updated_at",
                d.key(), d.dialogId(), d.state(), Instants.format(d.updatedAt()));
    }

    @Override
    public void delete(String key) {
        jdbc.update("DELETE FROM dialog WHERE dialog_key = ?", key);
    }

    @Override
    public int deleteIdleSince(Instant cutoff) {
        return jdbc.update("DELETE FROM dialog WHERE updated_at < ?", Instants.format(cutoff));
    }
}
