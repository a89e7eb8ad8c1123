package org.mutualportal.contact.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mutualportal.api.web.NotFoundException;

/** The attachment URLs read their id by the rule of the pages' {@code portal.id} converter. */
class AttachmentDownloadsTest {

    @Test
    void aPositiveWholeNumberIsAnId() {
        assertThat(AttachmentDownloads.parseId("1")).isEqualTo(1L);
        assertThat(AttachmentDownloads.parseId("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000", "-1", "+1", "12a", "1.0", " 1", "1/2", "1234567890123456789", "nope"})
    void anythingElseIsNotFound(String raw) {
        assertThatThrownBy(() -> AttachmentDownloads.parseId(raw)).isInstanceOf(NotFoundException.class);
    }
}
