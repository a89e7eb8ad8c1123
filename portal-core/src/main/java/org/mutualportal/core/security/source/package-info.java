/**
 * Limits per client source: who is acting, as an address and its block ({@link ClientSource}, known once per
 * request by {@link CurrentSource}), and how many failed attempts each has made lately, counted in PostgreSQL so
 * that every instance of a cluster sees the same counts ({@link SourceLimits}). One address trying many accounts
 * is slowed, then refused for a while, before any password is verified; the administrators see and lift it.
 */
package org.mutualportal.core.security.source;
