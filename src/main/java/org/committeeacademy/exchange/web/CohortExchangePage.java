package org.committeeacademy.exchange.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.exchange.application.CohortExchange;
import org.committeeacademy.exchange.application.ImportPreview;
import org.committeeacademy.exchange.application.ParticipantImport;
import org.committeeacademy.exchange.domain.ExchangeFile;
import org.committeeacademy.exchange.domain.ExchangeLayout;
import org.committeeacademy.exchange.domain.ImportLine;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.XlsxWriter;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The staff's exchange page of one cohort ({@code /staff/cohort-exchange.xhtml?id=}): the cohort in the VHS exchange
 * format (CSV per table, or one workbook), and a participant list to import: upload, preview with what each line will
 * do, confirm. Another organisation's cohort answers 404.
 */
@Named
@ViewScoped
public class CohortExchangePage implements Serializable {

    @Inject
    CohortExchange exchange;

    @Inject
    ImportPreview importPreview;

    @Inject
    ParticipantImport participantImport;

    @Inject
    PageMessages messages;

    private long id;
    private String idParam;
    private ExchangeFile.CohortLine cohort;
    private int participants;
    private byte[] upload;
    private List<ImportLine> preview;

    public void load() throws IOException {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
            refresh();
        } catch (NotFoundException | NumberFormatException e) {
            respond(404);
        } catch (AccessDeniedException e) {
            respond(403);
        }
    }

    private void refresh() {
        ExchangeFile file = exchange.cohort(id);
        cohort = file.cohorts().get(0);
        participants = file.participants().size();
    }

    private static void respond(int status) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public StreamedContent getXlsx() {
        byte[] bytes = XlsxWriter.write(ExchangeLayout.workbook(exchange.cohort(id)));
        return Downloads.file("kurs-" + id + ".xlsx", Downloads.XLSX_TYPE, bytes);
    }

    public StreamedContent csv(String part) {
        ExchangeLayout.Part which = ExchangeLayout.Part.valueOf(part);
        String name = "kurs-" + id + "-" + which.name().toLowerCase(Locale.ROOT);
        byte[] bytes = CsvWriter.write(
                ExchangeLayout.sheet(exchange.cohort(id), which, name), ExchangeLayout.CSV_LOCALE, true);
        return Downloads.file(name + ".csv", Downloads.CSV_TYPE, bytes);
    }

    /** The file is read up to one byte over the limit, so the parser can tell a file too large. */
    public void upload(FileUploadEvent event) {
        cancel();
        byte[] bytes;
        try (InputStream content = event.getFile().getInputStream()) {
            bytes = content.readNBytes(InvitationCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            messages.error(null, "invitations.csv.notText");
            return;
        }
        try {
            preview = messages.result(() -> importPreview.preview(id, bytes), Refusals.onPage())
                    .orElse(null);
            upload = preview == null ? null : bytes;
        } catch (IllegalArgumentException e) {
            messages.error(null, e.getMessage());
        }
    }

    public void confirm() {
        if (upload == null) {
            return;
        }
        byte[] bytes = upload;
        messages.result(() -> participantImport.confirm(id, bytes), Refusals.onPage())
                .ifPresent(r ->
                        messages.info("exchange.import.done", r.confirmed(), r.waitlisted(), r.invited(), r.skipped()));
        cancel();
        refresh();
    }

    public void cancel() {
        preview = null;
        upload = null;
    }

    public long getChangingCount() {
        return preview == null
                ? 0
                : preview.stream().filter(l -> l.action().changesSomething()).count();
    }

    public int getMaxBytes() {
        return InvitationCsv.MAX_BYTES;
    }

    public List<ImportLine> getPreview() {
        return preview;
    }

    public ExchangeFile.CohortLine getCohort() {
        return cohort;
    }

    public int getParticipants() {
        return participants;
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
