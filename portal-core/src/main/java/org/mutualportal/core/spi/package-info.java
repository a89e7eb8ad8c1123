/**
 * The stable extension points of the portal: what a feature module implements ({@link
 * org.mutualportal.core.spi.PortalModule}) and the values it contributes. Everything here is public API;
 * the rest of the core is not.
 */
package org.mutualportal.core.spi;
