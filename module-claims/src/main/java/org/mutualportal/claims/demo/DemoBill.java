package org.mutualportal.claims.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF bill written by hand for the demonstration claim: a few lines of Helvetica, the smallest file a PDF
 * reader opens (catalog, page tree, page, font, content and cross-reference table), without a PDF library in the
 * module for one demo file.
 */
final class DemoBill {

    /** Helvetica's WinAnsi encoding, which holds the accents of French. */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private DemoBill() {
    }

    /** The PDF bytes of a page carrying these lines, top to bottom. */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 760 Td 16 TL\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
        }
        text.append("ET\n");
        byte[] content = text.toString().getBytes(WIN_ANSI);
        List<byte[]> objects = List.of(
                ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>"),
                ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
                concat(ascii("<< /Length " + content.length + " >>\nstream\n"), content, ascii("endstream")));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, ascii("%PDF-1.4\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, ascii((i + 1) + " 0 obj\n"));
            write(pdf, objects.get(i));
            write(pdf, ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(pdf, ascii(table.toString()));
        return pdf.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            write(all, part);
        }
        return all.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
