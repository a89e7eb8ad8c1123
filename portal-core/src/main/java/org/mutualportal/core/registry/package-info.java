/**
 * Discovery of the feature modules (CDI only), their validation at start, and their runtime switches
 * (configuration and administrator).
 */
package org.mutualportal.core.registry;
