package com.disputedesk.core.chat;

/** The chat platforms a team can work from. */
public enum Platform {
    CONSOLE,
    TELEGRAM,
    DISCORD
}
