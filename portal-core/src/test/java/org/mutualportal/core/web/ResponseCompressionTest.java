package org.mutualportal.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCompressionTest {

    @Test
    void gzipIsAcceptedWhenListedOrByTheWildcardUnlessItsQualityIsZero() {
        assertThat(ResponseCompression.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ResponseCompression.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ResponseCompression.acceptsGzip("*")).isTrue();
        assertThat(ResponseCompression.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ResponseCompression.acceptsGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(ResponseCompression.acceptsGzip("identity")).isFalse();
        assertThat(ResponseCompression.acceptsGzip("")).isFalse();
        assertThat(ResponseCompression.acceptsGzip(null)).isFalse();
    }

    @Test
    void textTypesAreCompressedWhateverTheirCharsetAndCompressedFormatsAreNot() {
        assertThat(ResponseCompression.compressible("text/html;charset=UTF-8")).isTrue();
        assertThat(ResponseCompression.compressible("Text/XML; charset=UTF-8")).isTrue();
        assertThat(ResponseCompression.compressible("application/javascript;charset=UTF-8")).isTrue();
        assertThat(ResponseCompression.compressible("image/svg+xml")).isTrue();
        assertThat(ResponseCompression.compressible("application/pdf")).isFalse();
        assertThat(ResponseCompression.compressible("image/png")).isFalse();
        assertThat(ResponseCompression.compressible("font/woff2")).isFalse();
        assertThat(ResponseCompression.compressible(null)).isFalse();
    }

    @Test
    void theVersionIsReadFromTheQueryOnly() {
        assertThat(VersionedResources.version("/jakarta.faces.resource/css/portal.css.xhtml?ln=portal&v=f7604e2f200d"))
                .hasValue("f7604e2f200d");
        assertThat(VersionedResources.version("/jakarta.faces.resource/a.js.xhtml?v=15.0.13&ln=primefaces")).hasValue("15.0.13");
        assertThat(VersionedResources.version("/jakarta.faces.resource/v=1/a.js.xhtml?ln=portal")).isEmpty();
    }
}
