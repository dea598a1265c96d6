package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.Reason;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The remedy engine's port: a pure function of case facts and the playbook. No clock, no I/O.
 */
public interface Remedies {

    /** The marketplaces the playbook configures, in the order members should see them. */
    List<Marketplace> marketplaces();

    Optional<Marketplace> marketplace(String id);

    /** The buyer languages that have templates. */
    List<String> buyerLanguages();

    /**
     * The suggestion for a case.
     *
     * @param zone the team's time zone: the deadline runs from the start of {@code facts.openedOn()} there
     */
    Suggestion suggest(CaseFacts facts, ZoneId zone);

    /**
     * The buyer-message template for a reason in a language, filled with placeholders the team fills in
     * ("{order}", "{amount}"); English with {@code fallback} set when the language has none.
     */
    BuyerMessage template(Reason reason, String language);
}
