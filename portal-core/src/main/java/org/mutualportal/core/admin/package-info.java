/** The administration console's core pages (modules). */
package org.mutualportal.core.admin;
