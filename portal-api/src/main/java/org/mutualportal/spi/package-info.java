/**
 * What a feature module implements: its descriptor ({@link org.mutualportal.spi.PortalModule}) and the values it
 * contributes (menu entries, widgets, request types), and the optional CDI beans the core looks for (demo data,
 * personal data export, record imports) and the events a module may observe. What a module calls is in
 * {@code org.mutualportal.api}. Both packages are the module API, version 1.0; the rest of the portal is internal.
 *
 * @since 1.0
 */
package org.mutualportal.spi;
