package org.mutualportal.core.security.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSourceTest {

    private static final List<Cidr> PROXIES = Cidr.parseAll(List.of("10.0.0.0/8", "::1", "192.0.2.4"));

    @Test
    void withoutATrustedProxyThePeerIsTheClientAndTheHeaderIsIgnored() {
        ClientSource source = ClientSource.of("198.51.100.23", List.of("203.0.113.9"), List.of());

        assertThat(source.address()).isEqualTo("198.51.100.23");
        assertThat(source.block()).isEqualTo("198.51.100.0/24");
        assertThat(source.addressKey()).isEqualTo("ip:198.51.100.23");
        assertThat(source.blockKey()).isEqualTo("net:198.51.100.0/24");
        assertThat(ClientSource.of("198.51.100.23", List.of("203.0.113.9"), PROXIES).address())
                .as("a peer that is not one of the proxies").isEqualTo("198.51.100.23");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        assertThat(ClientSource.of("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 192.0.2.4"), PROXIES).address())
                .as("what the client wrote on the left is not believed").isEqualTo("203.0.113.9");
        assertThat(ClientSource.of("10.1.2.3", List.of("6.6.6.6", "203.0.113.9"), PROXIES).address())
                .as("several headers read as one list").isEqualTo("203.0.113.9");
        assertThat(ClientSource.of("10.1.2.3", List.of(), PROXIES).address()).as("no header: the proxy itself")
                .isEqualTo("10.1.2.3");
        assertThat(ClientSource.of("10.1.2.3", List.of("10.9.9.9"), PROXIES).address()).as("only proxies: the left-most")
                .isEqualTo("10.9.9.9");
        assertThat(ClientSource.of("10.1.2.3", List.of("unknown, evil.example"), PROXIES).address())
                .as("an unreadable hop is nobody's address").isEqualTo("10.1.2.3");
        assertThat(ClientSource.of("::1", List.of("[2001:db8::7]:443"), PROXIES).address()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(ClientSource.of("10.1.2.3", List.of("203.0.113.9:51000"), PROXIES).address()).isEqualTo("203.0.113.9");
    }

    @Test
    void blocksAreSlash24AndSlash64AndMappedAddressesAreIpv4() {
        assertThat(ClientSource.of("2001:db8:1:2:3:4:5:6").block()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientSource.of("::ffff:203.0.113.77").address()).isEqualTo("203.0.113.77");
        assertThat(ClientSource.of("::ffff:203.0.113.77").block()).isEqualTo("203.0.113.0/24");
    }

    @Test
    void trustedProxiesAreAddressesOrRangesNeverNames() {
        assertThat(Cidr.parse("10.0.0.0/8").contains(ClientSource.parse("10.200.1.1").orElseThrow())).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains(ClientSource.parse("11.0.0.1").orElseThrow())).isFalse();
        assertThat(Cidr.parse("127.0.0.1").contains(ClientSource.parse("127.0.0.2").orElseThrow())).isFalse();
        assertThat(Cidr.parse("172.16.0.0/12").toString()).isEqualTo("172.16.0.0/12");
        assertThatThrownBy(() -> Cidr.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientSource.parse("localhost")).as("no DNS").isEmpty();
    }
}
