/** The FAQ's questions and themes as stored, the allow-list that cleans answers, and the contract values they quote. */
package org.mutualportal.faq.content;
