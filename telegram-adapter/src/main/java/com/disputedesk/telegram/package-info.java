/** Adapter between the platform and the DisputeDesk core. */
package com.disputedesk.telegram;
