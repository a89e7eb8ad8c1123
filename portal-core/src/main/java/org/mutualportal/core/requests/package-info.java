/** The store of member requests (Suivi entries) every module writes to. */
package org.mutualportal.core.requests;
