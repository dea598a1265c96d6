package com.disputedesk.core.report;

/** Reports are drawn with Java's 2D graphics on a server: no display is asked for. */
final class Headless {
    private Headless() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
