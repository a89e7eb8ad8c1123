/** The FAQ page shared by the public site and the member space: search, answers, feedback and the way to contact the mutual. */
package org.mutualportal.faq.page;
