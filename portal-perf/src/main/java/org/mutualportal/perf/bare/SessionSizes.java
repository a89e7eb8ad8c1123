package org.mutualportal.perf.bare;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /bare/probe/sessions?context=/}: the serialized size of the HTTP sessions of another application of
 * this Payara Micro (the portal at {@code /}), what a cluster replicates per member. Why from here: the portal
 * must not carry a probe, and the servlet API gives no access to other applications' sessions; the web
 * container's own objects do (Catalina's session facade → manager → host → the other context's manager), reached
 * by reflection because they are no public API. Each attribute is written with {@link ObjectOutputStream} under
 * the other application's class loader, as session replication does.
 *
 * <p>Answers plain text: the number of sessions, then for those with a signed-in user ({@code portal.user}) the
 * median, mean and largest size, and the mean size of each attribute. Deployed only with the benchmark's bare WAR
 * on 127.0.0.1; never in the portal's WAR.
 */
@WebServlet("/probe/sessions")
public class SessionSizes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getParameter("context") == null ? "/" : request.getParameter("context");
        String signedInKey = request.getParameter("key") == null ? "portal.user" : request.getParameter("key");
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            Object target = findContext(request.getSession(true), context);
            Object manager = call(target, "getManager");
            List<?> sessions = items(call(manager, "findSessions"));
            ClassLoader loader = (ClassLoader) call(call(target, "getLoader"), "getClassLoader");
            List<Long> signedIn = new ArrayList<>();
            List<Long> others = new ArrayList<>();
            Map<String, long[]> attributes = new TreeMap<>();
            Map<String, String> failures = new TreeMap<>();
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                for (Object session : sessions) {
                    HttpSession http = (HttpSession) call(session, "getSession");
                    boolean user;
                    long total = 0;
                    Map<String, Long> sizes = new TreeMap<>();
                    try {
                        user = http.getAttribute(signedInKey) != null;
                        for (String name : Collections.list(http.getAttributeNames())) {
                            long size = serializedSize(http.getAttribute(name), name, failures);
                            sizes.put(name, size);
                            total += size;
                        }
                    } catch (IllegalStateException invalidated) {
                        continue;
                    }
                    (user ? signedIn : others).add(total);
                    if (user) {
                        sizes.forEach((name, size) -> {
                            long[] sum = attributes.computeIfAbsent(name, k -> new long[2]);
                            sum[0] += size;
                            sum[1]++;
                        });
                    }
                }
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            out.printf(Locale.ROOT, "context %s: %d sessions, %d with a signed-in user (%s)%n", context, sessions.size(),
                    signedIn.size(), signedInKey);
            out.printf(Locale.ROOT, "signed-in sessions, serialized bytes: %s%n", stats(signedIn));
            out.printf(Locale.ROOT, "other sessions, serialized bytes: %s%n", stats(others));
            out.println("mean bytes per attribute of the signed-in sessions:");
            attributes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0] / b.getValue()[1], a.getValue()[0] / a.getValue()[1]))
                    .forEach(e -> out.printf(Locale.ROOT, "  %8d  %s (in %d sessions)%n", e.getValue()[0] / e.getValue()[1],
                            e.getKey(), e.getValue()[1]));
            failures.forEach((name, error) -> out.printf("not serializable: %s: %s%n", name, error));
        } catch (ReflectiveOperationException | RuntimeException e) {
            response.setStatus(500);
            out.println("Cannot read the sessions of " + context + ": " + e);
        }
    }

    private static String stats(List<Long> sizes) {
        if (sizes.isEmpty()) {
            return "none";
        }
        List<Long> sorted = new ArrayList<>(sizes);
        Collections.sort(sorted);
        long sum = sorted.stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "median %d, mean %d, min %d, max %d (n=%d)", sorted.get(sorted.size() / 2),
                sum / sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static long serializedSize(Object value, String name, Map<String, String> failures) {
        Counter counter = new Counter();
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            out.writeObject(value);
        } catch (IOException | RuntimeException e) {
            failures.put(name, e.toString());
        }
        return counter.count;
    }

    /** The other application's Catalina context, found from this request's session. */
    private static Object findContext(HttpSession own, String path) throws ReflectiveOperationException {
        Object session = field(own, "session");
        Object manager = call(session, "getManager");
        Object context = call(manager, "getContainer");
        Object host = call(context, "getParent");
        List<?> children = items(call(host, "findChildren"));
        List<String> paths = new ArrayList<>();
        for (Object child : children) {
            String childPath = String.valueOf(call(child, "getPath"));
            paths.add(childPath);
            if (childPath.equals(path) || (path.equals("/") && childPath.isEmpty())) {
                return child;
            }
        }
        throw new IllegalArgumentException("No application at " + path + " among " + paths);
    }

    /** Payara's Catalina answers arrays in some places and lists in others (findSessions). */
    private static List<?> items(Object arrayOrCollection) {
        return arrayOrCollection instanceof Object[] array ? List.of(array) : new ArrayList<>((Collection<?>) arrayOrCollection);
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = declared(target.getClass(), type -> type.getDeclaredField(name));
        if (field == null) {
            throw new NoSuchFieldException(target.getClass().getName() + "." + name);
        }
        field.setAccessible(true);
        return field.get(target);
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        Method method = declared(target.getClass(), type -> type.getDeclaredMethod(name));
        if (method == null) { // an interface's default method
            method = target.getClass().getMethod(name);
        }
        method.setAccessible(true);
        return method.invoke(target);
    }

    /** A lookup of a declared member in one class. */
    private interface Lookup<T> {
        T in(Class<?> type) throws NoSuchFieldException, NoSuchMethodException;
    }

    /**
     * The member declared by the class or its nearest superclass, private ones included (the container's fields and
     * accessors are not public), or null.
     */
    private static <T extends AccessibleObject> T declared(Class<?> start, Lookup<T> lookup) {
        for (Class<?> type = start; type != null; type = type.getSuperclass()) {
            try {
                return lookup.in(type);
            } catch (NoSuchFieldException | NoSuchMethodException next) {
                // look in the superclass
            }
        }
        return null;
    }

    /** Counts bytes, keeps none. */
    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
