/** MicroProfile Health checks of the portal. */
package org.mutualportal.core.health;
