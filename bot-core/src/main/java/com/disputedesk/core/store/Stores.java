package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseReports;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.kernel.Transactions;
import com.disputedesk.core.report.ExportFolder;
import com.disputedesk.core.stats.CaseFigures;
import com.disputedesk.core.team.SettingsStore;

/**
 * The storage ports the engine needs, opened together over one database.
 *
 * @param figures /stats added up by the database over the same cases
 * @param queries the case lists and searches, answered by the database over the same cases
 * @param reports the cases of a period one by one, for exports and the /stats chart
 * @param exports      where exports and charts are written before they are sent
 * @param transactions makes changes of several of these stores (and the reminders over the same database) one
 *                     all-or-nothing unit
 */
public record Stores(CaseStore cases, DialogStore dialogs, SettingsStore settings, EvidenceStore evidence,
                     CaseFigures figures, CaseQueries queries, CaseReports reports, ExportFolder exports,
                     Transactions transactions) {

    /** Stores whose changes each stand alone ({@link Transactions#none()}). */
    public Stores(CaseStore cases, DialogStore dialogs, SettingsStore settings, EvidenceStore evidence,
                  CaseFigures figures, CaseQueries queries, CaseReports reports, ExportFolder exports) {
        this(cases, dialogs, settings, evidence, figures, queries, reports, exports, Transactions.none());
    }
}
