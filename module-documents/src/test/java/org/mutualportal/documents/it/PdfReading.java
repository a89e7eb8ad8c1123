package org.mutualportal.documents.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a downloaded PDF back: its text, and the QR codes of its images as a professional's scanner would
 * read the printed card. Kept out of the test class: PDFBox and ZXing's Java SE reader are test-JVM
 * libraries, not in the test WAR, and JUnit resolves the test class's method signatures in the container too.
 */
final class PdfReading {

    private PdfReading() {
    }

    /** The text of every page, runs of white space as one space. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    /** Every QR code found in the PDF's images, decoded. */
    static List<String> qrCodes(PDDocument pdf) throws IOException {
        List<String> found = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage())));
                    try {
                        found.add(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
                    } catch (NotFoundException | ChecksumException | FormatException e) {
                        // not a QR code: the logo
                    }
                }
            }
        }
        return found;
    }
}
