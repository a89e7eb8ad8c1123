/**
 * What pages and downloads need: 404 for anything outside the member's scope, downloads, paged tables, converters of URL parameters.
 *
 * @since 1.0
 */
package org.mutualportal.api.web;
