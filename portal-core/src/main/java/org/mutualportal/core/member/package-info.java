/**
 * The shared kernel: members, their memberships and beneficiaries, the current-member scope every module
 * query goes through, and the collective-contract guard.
 */
package org.mutualportal.core.member;
