/** The generated population: members, contracts, beneficiaries and payments, deterministic for a seed, as import records. */
package org.mutualportal.perf.data;
