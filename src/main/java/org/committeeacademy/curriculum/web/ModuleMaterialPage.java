package org.committeeacademy.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.committeeacademy.curriculum.application.ModuleMaterials;
import org.committeeacademy.curriculum.application.ModuleMaterials.HandoutText;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.MarkdownHtml;

/** Reading one of a module's handouts in the browser (public, like the catalogue); an unknown one answers 404. */
@Named
@RequestScoped
public class ModuleMaterialPage {

    @Inject
    ModuleMaterials materials;

    @Inject
    LanguagePreference language;

    private String module;
    private String file;
    private Long cohort;
    private HandoutText handout;
    private String html = "";

    public void load() throws IOException {
        handout = module == null || file == null
                ? null
                : materials.read(module, file, language.current()).orElse(null);
        if (handout == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        html = MarkdownHtml.render(handout.markdown());
    }

    public HandoutText getHandout() {
        return handout;
    }

    /** The handout rendered from Markdown with any HTML in it escaped (see MarkdownHtml). */
    public String getHtml() {
        return html;
    }

    /** Back to the cohort's materials when the reader came from there, else to the module in the catalogue. */
    public String getBackLink() {
        return cohort != null ? "/member/materials.xhtml?cohort=" + cohort : "/catalogue.xhtml#module-" + module;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }
}
