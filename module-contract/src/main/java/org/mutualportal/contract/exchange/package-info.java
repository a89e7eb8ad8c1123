/**
 * The contract module's imports of the data-exchange API: offers with their guarantee tables, contract terms
 * and contributions ({@code /api/v1/contract/…}).
 */
package org.mutualportal.contract.exchange;
