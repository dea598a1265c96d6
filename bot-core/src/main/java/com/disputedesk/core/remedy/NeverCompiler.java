package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A reason's never-list: entries of offer kinds with why. Each entry names at least one offer; a full refund and a
 * return may not both be forbidden, since one of them is every ladder's last resort.
 */
final class NeverCompiler extends PlaybookSection {
    private final LocalTextCompiler texts;

    NeverCompiler(Path file) {
        super(file);
        this.texts = new LocalTextCompiler(file);
    }

    List<NeverRule> compile(String path, List<Raw.Never> raw) {
        if (raw == null) {
            return List.of();
        }
        List<NeverRule> rules = new ArrayList<>();
        Set<OfferKind> all = EnumSet.noneOf(OfferKind.class);
        for (int i = 0; i < raw.size(); i++) {
            String at = path + "[" + i + "]";
            Raw.Never n = raw.get(i);
            if (n == null || n.offers() == null || n.offers().isEmpty()) {
                throw problem(at + ".offers", "missing: name the offer kinds this reason must never get");
            }
            Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);
            for (int j = 0; j < n.offers().size(); j++) {
                kinds.add(code(at + ".offers[" + j + "]", "offer kind", OfferKind.class, n.offers().get(j)));
            }
            all.addAll(kinds);
            rules.add(new NeverRule(kinds, texts.text(at + ".why", n.why())));
        }
        if (all.contains(OfferKind.FULL_REFUND) && all.contains(OfferKind.RETURN_AND_REFUND)) {
            throw problem(path, "full-refund and return-refund cannot both be forbidden: the ladder needs one of"
                    + " them as its last resort");
        }
        return List.copyOf(rules);
    }
}
