/** Demonstration data: the catalogue of offers, contract terms and two years of contributions for the demo members. */
package org.mutualportal.contract.demo;
