package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import java.util.List;
import java.util.Map;

/**
 * The playbook after validation: everything the engine needs, as typed values.
 *
 * @param economics     what the seller can bear
 * @param marketplaces  in the configured order
 * @param promisedDays  promised delivery days per marketplace id
 * @param ladders       every reason's ladder (the last rung is an unconditional full refund)
 * @param evidence      every reason's evidence checklist
 * @param templates     buyer-message templates per language code; "en" is always there
 * @param clocks        every marketplace's clocks by marketplace id, in the configured order; at least one of each
 *                      marketplace's is started by the opening
 * @param rules         what every offer passes: never-lists, policy reasons, when silent tracking means lost
 */
record CompiledPlaybook(SellerEconomics economics, List<Marketplace> marketplaces, Map<String, Integer> promisedDays,
                        Map<Reason, List<Rung>> ladders, Map<Reason, List<EvidenceKind>> evidence,
                        Map<String, TemplateSet> templates, Map<String, List<ClockRule>> clocks, OfferRules rules) {
}
