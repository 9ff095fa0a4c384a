package org.committeeacademy.notification.application;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Properties;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.Mail;

/**
 * Hands one mail to the SMTP server: plain text and HTML as multipart/alternative, wrapped in multipart/mixed when
 * files are attached.
 */
public class MailTransport {

    private final Session session;
    private final String from;
    private final String user;
    private final String password;

    public MailTransport(MailSettings settings) {
        this(
                session(settings),
                settings.from(),
                settings.user().orElse(null),
                settings.password().orElse(null));
    }

    MailTransport(Session session, String from, String user, String password) {
        this.session = session;
        this.from = from;
        this.user = user;
        this.password = password;
    }

    private static Session session(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host().orElseThrow());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.smtp.writetimeout", "30000");
        return Session.getInstance(p);
    }

    public void send(String to, Mail mail) throws MessagingException {
        send(to, mail, null, null);
    }

    /**
     * In an organisation's name: its name shown as the sender (the address stays the configured one, which the mail
     * server may send for), its own address for replies. Nulls leave the platform's sender.
     */
    public void send(String to, Mail mail, String senderName, String replyTo) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress sender = new InternetAddress(from, true);
        if (senderName != null && !senderName.isBlank()) {
            try {
                sender.setPersonal(senderName.strip(), "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new MessagingException("sender name", e);
            }
        }
        message.setFrom(sender);
        if (replyTo != null && !replyTo.isBlank()) {
            try {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo.strip(), true)});
            } catch (jakarta.mail.internet.AddressException unusable) {
                // an organisation's reply address that is no address: replies go to the sender, as without one
            }
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment a : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                file.setFileName(a.fileName());
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        if (user == null) {
            Transport.send(message);
        } else {
            Transport.send(message, user, password);
        }
    }
}
