/** The staff inbox: taking, answering and closing members' requests, audited. */
package org.mutualportal.contact.inbox;
