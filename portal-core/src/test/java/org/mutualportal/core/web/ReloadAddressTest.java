package org.mutualportal.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReloadAddressTest {

    @Test
    void facesParametersAreDroppedAndThePagesOwnKeptAsTheyCame() {
        assertThat(ReloadAddress.withoutFacesParameters("jakarta.faces.ViewState=%00%ff&x=1&next=%2Fhome.xhtml"
                + "&jakarta.faces.ClientWindow=w&jfwid=w&jakarta.faces.partial.ajax=true&jakarta.faces.source=b"
                + "&javax.faces.ViewState=1:2&primefaces.nonce=n&j_id1%3Ajakarta.faces.ViewState%3A0=3:4&JFWID=w"))
                .isEqualTo("x=1&next=%2Fhome.xhtml");
    }

    @Test
    void encodedNamesAreReadDecodedAndUndecodableOnesDropped() {
        assertThat(ReloadAddress.withoutFacesParameters("jakarta%2Efaces%2EViewState=1&id=7&%zz=1&&name")).isEqualTo("id=7&name");
    }

    @Test
    void noQueryGivesNone() {
        assertThat(ReloadAddress.withoutFacesParameters(null)).isEmpty();
        assertThat(ReloadAddress.withoutFacesParameters("jakarta.faces.ViewState=1:2")).isEmpty();
    }
}
