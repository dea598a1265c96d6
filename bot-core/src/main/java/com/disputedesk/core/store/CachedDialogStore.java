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
 * and only then the cache, and a failed write evicts the key, so the cache never holds the only copy of a
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
        StoredDialog cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredDialog> stored = store.load(key);
        stored.ifPresent(d -> cache.put(key, d));
        return stored;
    }

    @Override
    public void save(StoredDialog dialog) {
        try {
            store.save(dialog);
        } catch (RuntimeException e) {
            cache.invalidate(dialog.key());
            throw e;
        }
        cache.put(dialog.key(), dialog);
    }

    @Override
    public void delete(String key) {
        cache.invalidate(key);
        store.delete(key);
        cache.invalidate(key);
    }

    @Override
    public int deleteIdleSince(Instant cutoff) {
        int deleted = store.deleteIdleSince(cutoff);
        // entries are cheap to reload; dropping all is simpler than mirroring the cutoff and cannot go stale
        cache.invalidateAll();
        return deleted;
    }
}
