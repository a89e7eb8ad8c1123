package org.mutualportal.core.security.source;

import java.io.Serializable;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client a request comes from: its address and the block around it (/24 for IPv4, /64 for IPv6: what one
 * subscriber, one office or one rented server usually holds), each the key its attempts are counted under.
 *
 * <p>The address is the TCP peer's, unless that peer is a trusted proxy: then it is the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy. Only the entries our own proxies appended
 * can be believed; anything to their left was written by the client, who could otherwise rotate addresses at
 * will by writing the header.
 *
 * @param address the address in its canonical text form ({@code 203.0.113.7}, {@code 2001:db8:0:0:0:0:0:1})
 * @param block the block in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8:0:0:0:0:0:0/64})
 */
public record ClientSource(String address, String block) implements Serializable {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.]+)?");

    /** The key under which this address's attempts are counted. */
    public String addressKey() {
        return "ip:" + address;
    }

    /** The key under which the block's attempts are counted. */
    public String blockKey() {
        return "net:" + block;
    }

    /** The source of an address, or of an unreadable one as itself (never seen from a servlet container). */
    public static ClientSource of(String address) {
        return parse(address).map(ClientSource::of).orElseGet(() -> new ClientSource(String.valueOf(address),
                String.valueOf(address)));
    }

    static ClientSource of(InetAddress address) {
        byte[] bytes = address.getAddress();
        int prefix = bytes.length == 4 ? 24 : 64;
        byte[] network = Cidr.masked(bytes, prefix);
        try {
            return new ClientSource(address.getHostAddress(), InetAddress.getByAddress(network).getHostAddress() + "/" + prefix);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The client of a request: the peer, or when the peer is a trusted proxy the right-most forwarded address
     * that is not a trusted proxy (the peer again if every entry is one, or if that entry is unreadable: a
     * proxy of ours always appends a readable address, so an unreadable one is no client's).
     *
     * @param peer the TCP peer ({@code getRemoteAddr()})
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     * @param trusted the trusted proxies
     */
    public static ClientSource of(String peer, List<String> forwardedFor, List<Cidr> trusted) {
        Optional<InetAddress> peerAddress = parse(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get(), trusted)) {
            return of(peer);
        }
        InetAddress client = peerAddress.get();
        String[] hops = String.join(",", forwardedFor).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            if (hops[i].isBlank()) {
                continue;
            }
            Optional<InetAddress> hop = parse(hops[i]);
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!isTrusted(client, trusted)) {
                break;
            }
        }
        return of(client);
    }

    private static boolean isTrusted(InetAddress address, List<Cidr> trusted) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    /**
     * An IP literal, without ever asking the DNS (a name is no address here): IPv4, IPv6 with or without
     * brackets, an IPv4 with a port, IPv4-mapped IPv6 addresses as IPv4.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        boolean literal = IPV4.matcher(value).matches() || (value.indexOf(':') >= 0 && IPV6.matcher(value).matches());
        if (!literal) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(value);
            if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
                address = InetAddress.getByAddress(v6.getAddress());
            }
            return Optional.of(address instanceof Inet4Address || address instanceof Inet6Address ? address : null);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
