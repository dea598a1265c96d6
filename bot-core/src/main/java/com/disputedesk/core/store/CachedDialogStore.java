package com.disputedesk.core.store;

import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.dialog.StoredDialog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A Caffeine cache in front of a {@link DialogStore}, written through: {@link #save} writes the database first
 * and only then the cache (a failed write evicts the key), so the cache never holds the only copy of a
 * dialog. Misses are not cached (a dialog another process starts is seen at once); entries expire after a short
 * idle time so a second bot instance on the same database cannot keep serving an old state for long.
 */
final class CachedDialogStore implements DialogStore {
    private final DialogStore store;
    private final Cache<String, StoredDialog> cache;

    CachedDialogStore(DialogStore store, long maxEntries, Duration expireAfterAccess) {
        this.store = store;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(expireAfterAccess).build();
    }

    @Override
    public Optional<StoredDialog> load(String key) {
        // a miss returns null from the loader, which Caffeine does not cache
        return Optional.ofNullable(cache.get(key, k -> store.load(k).orElse(null)));
    }

    /**
     * Writes the database inside the cache's per-key compute, so a load of the same key running meanwhile can
     * not put an older state back into the cache after this save.
     */
    @Override
    public void save(StoredDialog dialog) {
        try {
            cache.asMap().compute(dialog.key(), (k, old) -> {
                store.save(dialog);
                return dialog;
            });
        } catch (RuntimeException e) {
            cache.invalidate(dialog.key());
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        try {
            cache.asMap().compute(key, (k, old) -> {
                store.delete(k);
                return null;
            });
        } catch (RuntimeException e) {
            cache.invalidate(key);
            throw e;
        }
    }

    @Override
    public int deleteIdleSince(Instant cutoff) {
        int deleted = store.deleteIdleSince(cutoff);
        // entries are cheap to reload; dropping all is simpler than mirroring the cutoff and cannot go stale
        cache.invalidateAll();
        return deleted;
    }
}
