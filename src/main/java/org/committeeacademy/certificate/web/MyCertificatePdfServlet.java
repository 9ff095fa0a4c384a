package org.committeeacademy.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.committeeacademy.certificate.application.CertificateView;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.material.rest.ContentDisposition;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.i18n.Messages;

/**
 * The caller's own certificate of one cohort ({@code ?cohort=}) as PDF, linked from "Meine Kurse" beside the finished
 * course. Only a valid certificate of the signed-in member; anything else (another's, revoked, none, a bad id) is 404.
 * The verification link in it uses the configured public address.
 */
@WebServlet(urlPatterns = "/member/certificate-pdf")
public class MyCertificatePdfServlet extends HttpServlet {

    @Inject
    transient Certificates certificates;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CertificateView> mine;
        try {
            long cohortId = Long.parseLong(
                    String.valueOf(request.getParameter("cohort")).strip());
            mine = certificates.mine().stream()
                    .filter(c -> c.cohortId() == cohortId && !c.revoked())
                    .findFirst();
        } catch (NumberFormatException e) {
            mine = Optional.empty();
        }
        if (mine.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = certificates.pdf(mine.get().id(), PublicAddress.of(request));
        String fileName = messages.text(
                currentUser.require().language(),
                "certificate.fileName",
                mine.get().code());
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
