package org.mutualportal.documents.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.documents.card.TiersPayantCard.Holder;

/**
 * The card's 2D code: a QR code (ZXing) holding the card's data as text, so that a professional's reader
 * or a phone gets the insurer, the member, the validity, the persons and the domains without typing them.
 * The text is versioned ({@code TPM1}) and line-based, one field per line:
 *
 * <pre>
 * TPM1
 * AMC:13005678
 * ADH:100234
 * CTR:IND-2019-004512
 * VAL:20260101-20261231
 * BEN:LEROY;Marie;19780314;278031305512345;MEMBER
 * DOM:PHAR=100,MEDE=100,DENT=PEC
 * </pre>
 *
 * Error correction M (15 %): the code still reads from a creased print-out.
 */
public final class CardCode {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** Pixels per module: enough for a print-out and for a reader of the PDF's image. */
    private static final int SCALE = 4;

    private CardCode() {
    }

    /** The text the code holds. */
    public static String payload(TiersPayantCard card) {
        StringBuilder text = new StringBuilder("TPM1\n");
        text.append("AMC:").append(card.amcNumber()).append('\n');
        text.append("ADH:").append(card.membershipNumber()).append('\n');
        text.append("CTR:").append(card.contractNumber()).append('\n');
        text.append("VAL:").append(BASIC.format(card.validity().from())).append('-')
                .append(BASIC.format(card.validity().to())).append('\n');
        for (Holder holder : card.holders()) {
            text.append("BEN:").append(clean(holder.lastName())).append(';').append(clean(holder.firstName())).append(';')
                    .append(BASIC.format(holder.birthDate())).append(';').append(holder.nir() == null ? "" : holder.nir())
                    .append(';').append(holder.relationship()).append('\n');
        }
        text.append("DOM:").append(card.domains().stream().map(d -> d.code() + "=" + d.value())
                .collect(Collectors.joining(",")));
        return text.toString();
    }

    /** The QR code of a text, black on white, with its quiet zone. */
    public static BufferedImage image(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("The card's data does not fit a QR code", e);
        }
    }

    /** Separators of the format cannot appear inside a field. */
    private static String clean(String value) {
        return value.replace(';', ' ').replace('\n', ' ').strip();
    }
}
