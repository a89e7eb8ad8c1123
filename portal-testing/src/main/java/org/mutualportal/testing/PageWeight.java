package org.mutualportal.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What a page costs a member's browser: requests, bytes on the wire, largest contentful paint and cumulative layout
 * shift, read from the page itself (Resource Timing, PerformanceObserver) after Chromium's DevTools emulated a network
 * and a phone's screen. For a benchmark ({@code PageWeightBenchmark} in portal-it, docs/performance.md), never for a
 * timed assertion: the figures depend on the machine.
 */
public final class PageWeight {

    /** The network Chromium emulates (DevTools' Network.emulateNetworkConditions). */
    public enum Network {
        UNTHROTTLED("unthrottled", 0, -1, -1),
        /** Lighthouse's "slow 4G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
        SLOW_4G("slow 4G", 150, 1_600_000 / 8, 750_000 / 8);

        private final String label;
        private final int latencyMs;
        private final int downBytesPerSecond;
        private final int upBytesPerSecond;

        Network(String label, int latencyMs, int downBytesPerSecond, int upBytesPerSecond) {
            this.label = label;
            this.latencyMs = latencyMs;
            this.downBytesPerSecond = downBytesPerSecond;
            this.upBytesPerSecond = upBytesPerSecond;
        }

        public String label() {
            return label;
        }
    }

    /** One resource of a page as the browser fetched it: {@code transferSize} 0 means served from its cache. */
    public record Resource(String url, String kind, long transferSize, long encodedSize, long decodedSize) {
    }

    /** A page's figures: the document and every resource it loaded, LCP in milliseconds, CLS. */
    public record Measure(URI page, List<Resource> resources, double lcpMs, double cls) {

        /** Requests that went to the network (a cache hit has no transfer; a revalidation's 304 has its headers). */
        public long requests() {
            return resources.stream().filter(r -> r.transferSize() > 0).count();
        }

        public long bytes() {
            return resources.stream().mapToLong(Resource::transferSize).sum();
        }

        public long bytes(String kind) {
            return resources.stream().filter(r -> r.kind().equals(kind)).mapToLong(Resource::transferSize).sum();
        }
    }

    private PageWeight() {
    }

    /** Emulates {@code network} for every request from now on, and a phone's screen (375 × 812 CSS pixels). */
    public static void emulate(Browser browser, Network network) {
        cdp(browser, "Network.enable", Map.of());
        cdp(browser, "Network.emulateNetworkConditions", Map.of("offline", false, "latency", network.latencyMs,
                "downloadThroughput", network.downBytesPerSecond, "uploadThroughput", network.upBytesPerSecond));
        cdp(browser, "Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 812,
                "deviceScaleFactor", 2, "mobile", true));
    }

    /** Empties the browser's HTTP cache (cookies stay: a signed-in member stays signed in). */
    public static void clearCache(Browser browser) {
        cdp(browser, "Network.clearBrowserCache", Map.of());
    }

    /**
     * Opens {@code page} and reads its figures once it has loaded and PrimeFaces is idle. Layout shifts and the
     * largest paint are read from the buffered entries one second after the load event, so that a late font or
     * style's shift is counted.
     */
    @SuppressWarnings("unchecked")
    public static Measure open(Browser browser, URI page) {
        browser.go(page);
        browser.settle();
        Map<String, Object> figures = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let lcp = 0, cls = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => lcp = Math.max(lcp, e.startTime)))
                    .observe({type: 'largest-contentful-paint', buffered: true});
                new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) cls += e.value; }))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => {
                    const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                    done({lcp: lcp, cls: cls, resources: entries.map(e => ({url: e.name, initiator: e.initiatorType,
                        transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))});
                }, 1000);""");
        List<Resource> resources = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) figures.get("resources")) {
            String url = (String) e.get("url");
            resources.add(new Resource(url, kind(url, (String) e.get("initiator")), number(e.get("transfer")),
                    number(e.get("encoded")), number(e.get("decoded"))));
        }
        return new Measure(page, resources, ((Number) figures.get("lcp")).doubleValue(),
                ((Number) figures.get("cls")).doubleValue());
    }

    /**
     * The kind of a resource by its name: Faces serves {@code components.js} as
     * {@code /jakarta.faces.resource/components.js.xhtml?ln=primefaces}, so the extension is looked for before
     * Faces' own suffix.
     */
    static String kind(String url, String initiator) {
        if ("navigation".equals(initiator)) {
            return "html";
        }
        String path = URI.create(url).getPath().replaceFirst("\\.xhtml$", "");
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "js" -> "js";
            case "css" -> "css";
            case "woff", "woff2", "ttf", "otf", "eot" -> "font";
            case "png", "jpg", "jpeg", "gif", "svg", "webp", "ico" -> "image";
            default -> "other";
        };
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void cdp(Browser browser, String command, Map<String, Object> parameters) {
        ((HasCdp) browser.driver()).executeCdpCommand(command, parameters);
    }
}
