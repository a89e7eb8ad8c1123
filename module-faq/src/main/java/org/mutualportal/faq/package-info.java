/** The FAQ module: its descriptor; the features live in the sub-packages. */
package org.mutualportal.faq;
