package org.mutualportal.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The demo's mail server: the portal's mails (activation links, sign-in codes…) arrive here instead of real
 * mailboxes, and http://localhost:8025/ shows them. Demo only; production points {@code portal.mail.*} at
 * the mutual's SMTP relay.
 */
final class DemoMailbox {

    private final GreenMail smtp;
    private final HttpServer web;

    private DemoMailbox(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    static DemoMailbox start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        DemoMailbox mailbox = new DemoMailbox(smtp, web);
        web.createContext("/", mailbox::handle);
        web.start();
        return mailbox;
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = Arrays.asList(smtp.getReceivedMessages());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                + "<title>Boîte mail de démonstration</title><style>body{font-family:sans-serif;margin:2rem;max-width:60rem}"
                + "article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}"
                + "h2{font-size:1.1rem;margin:0}small{color:#555}</style></head><body><h1>Boîte mail de démonstration</h1>"
                + "<p>Les e-mails envoyés par le portail de démonstration, du plus récent au plus ancien. Actualisez la page"
                + " après une action (ils partent dans les 5 secondes).</p>");
        if (messages.isEmpty()) {
            html.append("<p>Aucun e-mail pour le moment.</p>");
        }
        SimpleDateFormat date = new SimpleDateFormat("dd/MM/yyyy HH:mm:ss", Locale.FRANCE);
        date.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><small>à ")
                        .append(escape(Arrays.toString(message.getRecipients(Message.RecipientType.TO))))
                        .append(" — ").append(message.getSentDate() == null ? "" : date.format(message.getSentDate()))
                        .append("</small><pre>").append(linkify(escape(text(message)))).append("</pre></article>");
            } catch (MessagingException e) {
                html.append("<article>Message illisible : ").append(escape(e.getMessage())).append("</article>");
            }
        }
        html.append("</body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String text(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            MimeMultipart parts = (MimeMultipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            return "";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String linkify(String escaped) {
        return escaped.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
    }
}
