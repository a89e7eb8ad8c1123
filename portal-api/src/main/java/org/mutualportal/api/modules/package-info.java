/**
 * What a module may know of the other modules: whether one is on, and their menu links.
 *
 * @since 1.0
 */
package org.mutualportal.api.modules;
