/** The dashboard's shortcut: send a bill, and the claims waiting for a proof. */
package org.mutualportal.claims.widget;
