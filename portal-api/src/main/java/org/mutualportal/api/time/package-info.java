/**
 * The portal's clock (Europe/Paris) and French working days.
 *
 * @since 1.0
 */
package org.mutualportal.api.time;
