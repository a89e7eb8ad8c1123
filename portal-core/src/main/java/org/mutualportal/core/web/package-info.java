/** Web plumbing shared by every page: error handling, headers, converters and Faces helpers. */
package org.mutualportal.core.web;
