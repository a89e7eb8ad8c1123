package org.mutualportal.geolocation.rpps;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the pipe-separated extraction: the first line is the header, columns are found by name (extra or
 * reordered columns are fine), a line that does not have the header's shape or lacks an RPPS number or a
 * profession is skipped and counted. The file has been published in ISO-8859-1 some years and UTF-8 others:
 * {@code auto} looks at the first bytes (a BOM, or valid UTF-8 with accents) and decides.
 */
public final class RppsReader {

    private static final int SNIFF = 64 * 1024;

    private RppsReader() {
    }

    /** What a read found. */
    public record Stats(int lines, int malformed, Charset charset) {
    }

    /**
     * Reads every line, handing the well-formed ones to {@code consumer}.
     *
     * @param charsetName {@code auto}, or the file's charset
     * @throws IllegalArgumentException when the header lacks a required column (not an RPPS extraction)
     */
    public static Stats read(InputStream input, String charsetName, Consumer<RppsLine> consumer) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, SNIFF);
        Charset charset = "auto".equalsIgnoreCase(charsetName) ? detect(in) : Charset.forName(charsetName);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        String header = reader.readLine();
        if (header == null) {
            return new Stats(0, 0, charset);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> columns = Arrays.stream(split(header)).map(String::strip).toList();
        for (String required : RppsLine.REQUIRED) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("Not an RPPS extraction: no column '" + required + "'");
            }
        }
        int used = columns.size();
        while (used > 0 && columns.get(used - 1).isEmpty()) {
            used--; // the header ends with '|': a last empty "column"
        }
        int lines = 0;
        int malformed = 0;
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            lines++;
            String[] fields = split(line);
            if (fields.length < used || fields.length > columns.size() + 1) {
                malformed++;
                continue;
            }
            Map<String, String> values = new HashMap<>(used * 2);
            for (int i = 0; i < used; i++) {
                if (!columns.get(i).isEmpty()) {
                    values.put(columns.get(i), fields[i]);
                }
            }
            RppsLine parsed = new RppsLine(number, values);
            if (!parsed.get(RppsLine.RPPS).matches("\\d{11}") || parsed.get(RppsLine.PROFESSION_CODE).isEmpty()
                    || parsed.get(RppsLine.LAST_NAME).isEmpty()) {
                malformed++;
                continue;
            }
            consumer.accept(parsed);
        }
        return new Stats(lines, malformed, charset);
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>(56);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(line.substring(start));
        return fields.toArray(String[]::new);
    }

    /** UTF-8 when the start of the file is valid UTF-8 (or has its BOM), ISO-8859-1 otherwise. */
    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CharBuffer chars = CharBuffer.allocate(head.length);
        // Not the end of input: a character cut at the end of the sample is not an error.
        return utf8.decode(bytes, chars, head.length < SNIFF).isError() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }
}
