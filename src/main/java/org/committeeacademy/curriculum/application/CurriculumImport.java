package org.committeeacademy.curriculum.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.content.DescriptorException;
import org.committeeacademy.curriculum.content.DescriptorParser;
import org.committeeacademy.curriculum.content.DescriptorProblem;
import org.committeeacademy.curriculum.content.ModuleDescriptor;
import org.committeeacademy.curriculum.content.SeriesDescriptor;
import org.committeeacademy.curriculum.content.TranslationGap;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.shared.json.Jsons;

/**
 * Brings the curriculum folder into the database, idempotently: each module by its content hash (a change becomes a
 * new version), then the series with the modules it lists. A broken descriptor is skipped and reported; the rest
 * loads.
 */
public class CurriculumImport {

    private final SeriesRepository repository;
    private final DescriptorParser parser = new DescriptorParser();

    public CurriculumImport(SeriesRepository repository) {
        this.repository = repository;
    }

    public CurriculumReport load(CurriculumFiles files, Instant now) {
        Outcomes outcomes = new Outcomes();
        Map<String, ModuleDescriptor> loaded = new LinkedHashMap<>();
        Map<String, Module> modules = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (String folder : files.moduleFolders()) {
            String file = folder + "/" + CurriculumFiles.MODULE_FILE;
            try {
                ModuleDescriptor parsed =
                        parser.parseModule(file, files.read(file), path -> files.exists(folder, path));
                List<String> hashed = new ArrayList<>(List.of(file));
                ModuleDescriptor descriptor = withUnits(files, folder, parsed, hashed, outcomes);
                modules.put(descriptor.key(), loadModule(files, folder, hashed, descriptor, now, outcomes));
                loaded.put(descriptor.key(), descriptor);
                fileOf.put(descriptor.key(), file);
                outcomes.gaps.addAll(descriptor.gaps());
            } catch (DescriptorException e) {
                outcomes.problems.addAll(e.problems());
            }
        }
        loadSeries(files, loaded, modules, fileOf, outcomes);
        return new CurriculumReport(
                now,
                outcomes.added,
                outcomes.updated,
                outcomes.unchanged,
                outcomes.kept,
                outcomes.problems,
                folders(fileOf),
                outcomes.gaps);
    }

    /**
     * The module's units (units/*.yaml) go into its content under "units", so they are versioned with it; a broken
     * unit is left out and reported, the module and its other units load. Their files count into the module's hash.
     */
    private ModuleDescriptor withUnits(
            CurriculumFiles files, String folder, ModuleDescriptor parsed, List<String> hashed, Outcomes out) {
        List<Object> units = new ArrayList<>();
        for (String unitFile : files.unitFiles(folder)) {
            String path = folder + "/" + unitFile;
            try {
                Map<String, Object> unit = parser.parseUnit(path, files.read(path), p -> files.exists(folder, p));
                units.add(unit);
                hashed.add(path);
                unitFiles(unit).forEach(f -> hashed.add(folder + "/" + f));
            } catch (DescriptorException e) {
                out.problems.addAll(e.problems());
            }
        }
        if (units.isEmpty()) {
            return parsed;
        }
        Map<String, Object> content = new LinkedHashMap<>(parsed.content());
        content.put("units", units);
        return new ModuleDescriptor(
                parsed.key(),
                parsed.order(),
                parsed.title(),
                parsed.summary(),
                parsed.durationMinutes(),
                content,
                parsed.gaps());
    }

    /** The images and sheets a unit's pages name. */
    @SuppressWarnings("unchecked")
    private static List<String> unitFiles(Map<String, Object> unit) {
        List<String> named = new ArrayList<>();
        for (Object page : (List<Object>) unit.get("pages")) {
            for (String part : List.of("image", "sheet")) {
                if (((Map<String, Object>) page).get(part) instanceof Map<?, ?> item
                        && item.get("file") instanceof String file) {
                    named.add(file);
                }
            }
        }
        return named;
    }

    private Module loadModule(
            CurriculumFiles files,
            String folder,
            List<String> hashed,
            ModuleDescriptor descriptor,
            Instant now,
            Outcomes out) {
        materialFiles(descriptor).forEach(material -> hashed.add(folder + "/" + material));
        String hash = files.hash(hashed);
        String json = Jsons.createObjectBuilder(descriptor.content()).build().toString();
        Module module = repository.findModule(descriptor.key()).orElse(null);
        boolean isNew = module == null;
        if (isNew) {
            module = new Module(descriptor.key());
        }
        Module.LoadOutcome outcome =
                module.load(hash, json, descriptor.title(), descriptor.summary(), descriptor.durationMinutes(), now);
        if (isNew) {
            repository.add(module);
            out.added.add(descriptor.key());
        } else {
            switch (outcome) {
                case UNCHANGED -> out.unchanged.add(descriptor.key());
                case NEW_VERSION -> out.updated.add(descriptor.key());
                case NEW_VERSION_TEXTS_KEPT -> out.kept.add(descriptor.key());
            }
        }
        return module;
    }

    private void loadSeries(
            CurriculumFiles files,
            Map<String, ModuleDescriptor> loaded,
            Map<String, Module> modules,
            Map<String, String> fileOf,
            Outcomes out) {
        SeriesDescriptor descriptor;
        try {
            descriptor = parser.parseSeries(CurriculumFiles.SERIES_FILE, files.read(CurriculumFiles.SERIES_FILE));
        } catch (DescriptorException e) {
            out.problems.addAll(e.problems());
            return;
        }
        out.gaps.addAll(descriptor.gaps());
        List<Module> ordered = new ArrayList<>();
        for (int i = 0; i < descriptor.moduleKeys().size(); i++) {
            String key = descriptor.moduleKeys().get(i);
            if (!modules.containsKey(key)) {
                out.problems.add(new DescriptorProblem(
                        CurriculumFiles.SERIES_FILE, null, "module '" + key + "' is listed but could not be loaded"));
                continue;
            }
            if (loaded.get(key).order() != i + 1) {
                out.problems.add(new DescriptorProblem(
                        fileOf.get(key),
                        null,
                        "order is " + loaded.get(key).order() + " but series.yaml lists the module at " + (i + 1)));
            }
            ordered.add(modules.get(key));
        }
        String hash = files.hash(List.of(CurriculumFiles.SERIES_FILE));
        Series series = repository.findByKey(descriptor.key()).orElse(null);
        if (series == null) {
            series = new Series(descriptor.key());
            series.load(hash, descriptor.title(), descriptor.summary(), ordered, descriptor.optionalKeys());
            repository.add(series);
        } else {
            series.load(hash, descriptor.title(), descriptor.summary(), ordered, descriptor.optionalKeys());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> materialFiles(ModuleDescriptor descriptor) {
        Object materials = descriptor.content().get("materials");
        if (!(materials instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(m -> ((Map<String, Object>) m).get("file"))
                .map(String::valueOf)
                .sorted()
                .toList();
    }

    private static final class Outcomes {
        final List<String> added = new ArrayList<>();
        final List<String> updated = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final List<DescriptorProblem> problems = new ArrayList<>();
        final List<TranslationGap> gaps = new ArrayList<>();
    }

    private static Map<String, String> folders(Map<String, String> fileOf) {
        Map<String, String> folders = new LinkedHashMap<>();
        fileOf.forEach((key, file) -> folders.put(key, file.substring(0, file.lastIndexOf('/'))));
        return Map.copyOf(folders);
    }
}
