/**
 * The chat platforms the desk serves, each behind {@link com.disputedesk.app.platform.PlatformAdapter}: a thin
 * wrapper over the platform module's adapter, opened by the composition root when its token is set.
 */
package com.disputedesk.app.platform;
