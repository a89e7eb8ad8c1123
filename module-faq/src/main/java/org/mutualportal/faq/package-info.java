/** The faq feature module. */
package org.mutualportal.faq;
