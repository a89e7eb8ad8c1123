/** The performance harness's command-line tools: the database, the data generator and the probes run by scripts/benchmark.sh. */
package org.mutualportal.perf;
