package com.disputedesk.core.stats;

import com.disputedesk.core.cases.Reason;
import java.util.Map;

/**
 * The period's outcome figures for the team and broken down per marketplace, reason and owner. Maps keep the
 * order they are shown in: most cases first.
 *
 * @param team          every case of the period
 * @param byMarketplace per marketplace id
 * @param byReason      per reason
 * @param byOwner       per owner's display name, the busiest owners (unassigned cases are in the team only)
 */
public record OutcomeReport(OutcomeFigures team, Map<String, OutcomeFigures> byMarketplace,
                           Map<Reason, OutcomeFigures> byReason, Map<String, OutcomeFigures> byOwner) {
}
