/**
 * The pages every French online service must publish — mentions légales, données personnelles, accessibilité,
 * cookies — public, linked from every page's footer, their words in the core's bundle and the mutual's
 * particulars in configuration ({@code portal.legal.*}).
 */
package org.mutualportal.core.legal;
