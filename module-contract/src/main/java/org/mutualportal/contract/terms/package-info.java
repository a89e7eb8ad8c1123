/** A membership's contract terms beyond the kernel: subscriber, since when the guarantees apply, how contributions are paid. */
package org.mutualportal.contract.terms;
