/** E-mails telling members their request was answered or closed. */
package org.mutualportal.contact.notification;
