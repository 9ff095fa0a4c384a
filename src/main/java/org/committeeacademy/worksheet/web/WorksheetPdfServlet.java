package org.committeeacademy.worksheet.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.material.rest.ContentDisposition;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;
import org.committeeacademy.worksheet.domain.Answers;
import org.committeeacademy.worksheet.domain.MotionDraft;

/**
 * A worksheet ({@code ?id=}) or its draft motion ({@code &kind=motion}) as PDF, for whoever may see the worksheet's
 * content: its member and the cohort's trainers. Staff (status only) and everyone else get 404.
 */
@WebServlet(urlPatterns = {"/member/worksheet-pdf", "/team/worksheet-pdf"})
public class WorksheetPdfServlet extends HttpServlet {

    @Inject
    transient Worksheets worksheets;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language viewer = currentUser.require().language();
        WorksheetView worksheet;
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            worksheet = worksheets.worksheet(id, viewer);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!worksheet.contentVisible()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String fileName;
        if ("motion".equals(request.getParameter("kind"))) {
            Language language = worksheet.memberLanguage();
            // the motion is the member's, in the member's language, whoever downloads it
            WorksheetView inMemberLanguage = worksheets.worksheet(worksheet.id(), language);
            Answers answers = Answers.stored(inMemberLanguage.answers().toString());
            MotionDraft draft = MotionDraft.from(answers, inMemberLanguage.template(), LocalFormats.of(language)::date);
            MotionPdf.write(
                    draft,
                    worksheet.memberName(),
                    LocalDate.now(AcademyTime.ZONE),
                    language.locale(),
                    key -> messages.text(language, key),
                    pdf);
            fileName = messages.text(language, "motion.fileName") + "-" + worksheet.id() + ".pdf";
        } else {
            WorksheetPdf.write(worksheet, viewer.locale(), key -> messages.text(viewer, key), pdf);
            fileName = WorksheetPdf.fileName(worksheet);
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        pdf.writeTo(response.getOutputStream());
    }
}
