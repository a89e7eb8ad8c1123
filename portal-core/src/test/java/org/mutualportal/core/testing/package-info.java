/** Test fixtures shared with the modules' tests through portal-core's test JAR. */
package org.mutualportal.core.testing;
