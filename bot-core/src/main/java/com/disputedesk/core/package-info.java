/** The DisputeDesk engine: conversations, cases, remedies. Knows no chat platform. */
package com.disputedesk.core;
