/** The composition root: configuration, stores, services and adapters wired in one place. */
package com.disputedesk.app;
