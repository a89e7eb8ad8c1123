/** Small HTTP clients of the portal: the import API, and a member's browser session for the probes. */
package org.mutualportal.perf.client;
