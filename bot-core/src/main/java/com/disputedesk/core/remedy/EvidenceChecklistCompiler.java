package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.EvidenceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A reason's evidence checklist: what the marketplace will ask for, each kind once, in the written order. */
final class EvidenceChecklistCompiler extends PlaybookSection {
    EvidenceChecklistCompiler(Path file) {
        super(file);
    }

    List<EvidenceKind> compile(String path, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw problem(path, "missing: list what the marketplace will ask for (e.g. [order-chat])");
        }
        List<EvidenceKind> kinds = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            EvidenceKind kind = code(path + "[" + i + "]", "evidence kind", EvidenceKind.class, codes.get(i));
            if (kinds.contains(kind)) {
                throw problem(path + "[" + i + "]", "'" + kind.code() + "' is listed twice");
            }
            kinds.add(kind);
        }
        return List.copyOf(kinds);
    }
}
