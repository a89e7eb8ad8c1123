package org.mutualportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SenderPulseTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void anOutageStartsAtItsFirstFailedRunAndEndsWithTheNextSuccess() {
        SenderPulse pulse = new SenderPulse();

        assertThat(pulse.failed(T0)).as("the first failure is the one logged").isTrue();
        assertThat(pulse.failed(T0.plusSeconds(5))).isFalse();
        assertThat(pulse.failed(T0.plusSeconds(10))).isFalse();
        assertThat(pulse.failingSince()).contains(T0);

        assertThat(pulse.succeeded()).contains(new SenderPulse.Outage(T0, 3));
        assertThat(pulse.failingSince()).isEmpty();
        assertThat(pulse.succeeded()).as("a success after a success ends nothing").isEmpty();
        assertThat(pulse.failed(T0.plusSeconds(60))).as("the next outage is logged again").isTrue();
    }

    @Test
    void runsFailingLongerThanTheLimitAreStalled() {
        SenderPulse pulse = new SenderPulse();
        Duration limit = Duration.ofMinutes(10);
        assertThat(pulse.failingLongerThan(limit, T0)).isFalse();

        pulse.failed(T0);

        assertThat(pulse.failingLongerThan(limit, T0.plus(limit))).isFalse();
        assertThat(pulse.failingLongerThan(limit, T0.plus(limit).plusSeconds(1))).isTrue();
        pulse.succeeded();
        assertThat(pulse.failingLongerThan(limit, T0.plus(limit).plusSeconds(1))).isFalse();
    }
}
