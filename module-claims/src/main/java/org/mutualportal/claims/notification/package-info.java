/** E-mails telling members where their claims stand (incomplete, refused, paid). */
package org.mutualportal.claims.notification;
