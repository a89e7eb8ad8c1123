/** The staff's FAQ console: writing, ordering, publishing and unpublishing questions, every change audited. */
package org.mutualportal.faq.staff;
