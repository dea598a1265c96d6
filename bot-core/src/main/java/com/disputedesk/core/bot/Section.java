package com.disputedesk.core.bot;

/** Where a command appears in /help; the sections are listed in this order. */
public enum Section {
    CASES,
    WORK,
    EVIDENCE,
    QUICK,
    TEAM
}
