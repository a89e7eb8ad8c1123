/**
 * The data exchange with the mutual's management system: the REST API under {@code /api/v1} (system clients
 * authenticated by HTTP Basic), the import toolkit every resource uses (batch report, atomic batches,
 * upserts by external id, import runs), the kernel's import resources and the feed of member requests.
 */
package org.mutualportal.core.exchange;
