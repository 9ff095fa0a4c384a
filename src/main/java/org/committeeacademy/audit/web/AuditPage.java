package org.committeeacademy.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.audit.application.AuditFilter;
import org.committeeacademy.audit.application.AuditLine;
import org.committeeacademy.audit.application.AuditQueries;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The admins' audit log: who did what and when, filtered by kind, person or object, and period; CSV and Excel export. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    static final int EXPORT_LIMIT = 10_000;

    @Inject
    AuditQueries queries;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private AuditAction action;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AuditLine> lines;

    public LazyDataModel<AuditLine> getLines() {
        if (lines == null) {
            lines = new AuditLazyModel(queries, this::filter);
        }
        return lines;
    }

    /** Applying the filter re-reads from the first page (the table is updated by the button). */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error("filter:to", "audit.period.invalid");
        }
    }

    public void reset() {
        action = null;
        text = null;
        from = null;
        to = null;
    }

    public StreamedContent getCsv() {
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    /** The filtered lines, up to {@link #EXPORT_LIMIT}, as the table shows them. */
    Sheet sheet() {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditLine l : queries.page(filter(), 0, EXPORT_LIMIT)) {
            rows.add(List.of(
                    LocalFormats.of(language.current()).dateTime(l.at()),
                    orEmpty(l.actorName()),
                    orEmpty(l.actorEmail()),
                    messages.text("audit.action." + l.action()),
                    object(l),
                    orEmpty(l.detail())));
        }
        return new Sheet(
                "audit-log",
                Stream.of("audit.when", "audit.who", "audit.email", "audit.action", "audit.object", "audit.detail")
                        .map(messages::text)
                        .toList(),
                rows);
    }

    public String object(AuditLine l) {
        List<String> parts = new ArrayList<>();
        if (l.objectType() != null) {
            parts.add(messages.text("audit.objectType." + l.objectType()));
        }
        if (l.objectId() != null) {
            parts.add(l.objectId());
        }
        return String.join(" ", parts);
    }

    public LocalDateTime local(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, AcademyTime.ZONE);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    private AuditFilter filter() {
        boolean period = from == null || to == null || !to.isBefore(from);
        return new AuditFilter(action, text, period ? from : null, period ? to : null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
