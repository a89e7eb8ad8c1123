package org.mutualportal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the lines a child process prints, read by a daemon thread, for assertions and failure messages. */
final class ConsoleCapture {

    private ConsoleCapture() {
    }

    static List<String> of(Process process, String name) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
