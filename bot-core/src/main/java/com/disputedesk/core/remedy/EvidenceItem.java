package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.EvidenceKind;

/** One line of the evidence checklist: what the platform will ask for, and whether the team has it. */
public record EvidenceItem(EvidenceKind kind, boolean atHand) {
}
