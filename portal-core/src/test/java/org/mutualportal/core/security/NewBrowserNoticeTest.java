package org.mutualportal.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewBrowserNoticeTest {

    @Test
    void aBrowserIsNamedByItsKindAndSystemOnly() {
        assertThat(NewBrowserNotice.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox sur Windows");
        assertThat(NewBrowserNotice.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge sur Windows");
        assertThat(NewBrowserNotice.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome sur Android");
        assertThat(NewBrowserNotice.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari sur iOS");
        assertThat(NewBrowserNotice.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/18.1 Safari/605.1.15")).isEqualTo("Safari sur macOS");
        assertThat(NewBrowserNotice.describe("Java-http-client/17.0.13")).isEqualTo("un navigateur");
        assertThat(NewBrowserNotice.describe(null)).isEqualTo("un navigateur");
    }
}
