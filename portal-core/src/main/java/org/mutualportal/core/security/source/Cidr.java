package org.mutualportal.core.security.source;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/** An address range of {@code portal.security.trusted-proxies}: {@code 10.0.0.0/8}, {@code ::1}, {@code 192.0.2.4}. */
public record Cidr(byte[] network, int prefix) {

    /**
     * @throws IllegalArgumentException for anything else than an IP literal with an optional prefix length
     */
    public static Cidr parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        InetAddress address = ClientSource.parse(slash < 0 ? value : value.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or range: " + text));
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or range: " + text, e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Not an IP address or range: " + text);
        }
        return new Cidr(masked(address.getAddress(), prefix), prefix);
    }

    /** Every range of a comma-separated list; blanks are skipped. */
    public static List<Cidr> parseAll(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(Cidr::parse).toList();
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes, prefix), network);
    }

    static byte[] masked(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return ClientSource.of(parseSafe()).address() + "/" + prefix;
    }

    private InetAddress parseSafe() {
        try {
            return InetAddress.getByAddress(network);
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
