/** "Nous contacter": the message form, the phone block and their settings. */
package org.mutualportal.contact.message;
