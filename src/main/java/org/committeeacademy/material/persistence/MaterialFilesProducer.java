package org.committeeacademy.material.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.committeeacademy.shared.config.AcademySettings;

/** The material store lives in ACADEMY_DATA_DIR/materials, outside the web root. */
@ApplicationScoped
public class MaterialFilesProducer {

    @Produces
    MaterialFiles materialFiles() {
        AcademySettings settings = AcademySettings.current();
        return new MaterialFiles(settings.dataDir().resolve("materials"), settings.uploadMaxBytes());
    }
}
