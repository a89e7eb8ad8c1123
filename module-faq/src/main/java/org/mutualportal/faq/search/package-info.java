/** Searching the published FAQ without regard to accents or case, and highlighting what matched. */
package org.mutualportal.faq.search;
