/** "Exporter mes données": the member's data from the core and every enabled module, as JSON or CSV. */
package org.mutualportal.account.export;
