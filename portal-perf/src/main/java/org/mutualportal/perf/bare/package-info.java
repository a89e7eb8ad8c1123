/** The bare PrimeFaces page (bare.war) the portal is compared with, and the session-size probe deployed beside it. */
package org.mutualportal.perf.bare;
