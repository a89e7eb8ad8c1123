/** Demonstration data, loaded only when asked ({@code portal.demo-data=true}). */
package org.mutualportal.core.demo;
