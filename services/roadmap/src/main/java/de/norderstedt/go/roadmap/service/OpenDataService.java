package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.config.RoadmapConfig;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.repository.MeasureRepository;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The adopted roadmap as open data: a CSV of its measures (RFC 4180, UTF-8) and a DCAT-AP.de
 * dataset description (JSON-LD) pointing at the CSV and JSON distributions, at stable URLs per
 * version. Only programme content, never personal data.
 */
@ApplicationScoped
public class OpenDataService {

    public static final List<String> CSV_COLUMNS = List.of("measure_id", "roadmap_version", "title", "description", "action_field",
            "action_field_label", "strategic_goals", "horizon", "owner", "owner_detail", "planned_start", "planned_end", "status",
            "progress_percent", "parent_measure_id", "weight", "funding_programmes", "milestones_done", "milestones_total", "idea_ids");

    /** Norderstedt's regional key (Amtlicher Regionalschlüssel), for the DCAT-AP.de geocoding. */
    static final String REGIONAL_KEY = "010600063063";
    static final String LICENSE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    private final String baseUrl;
    private final VersionService versions;
    private final PlannedMeasureRepository planned;
    private final MeasureRepository measures;

    public OpenDataService(RoadmapConfig config, VersionService versions, PlannedMeasureRepository planned, MeasureRepository measures) {
        String url = config.publicBaseUrl();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.versions = versions;
        this.planned = planned;
        this.measures = measures;
    }

    /** One row per measure, values in {@link #CSV_COLUMNS} order; list cells joined with " | ". */
    public String csv(List<MeasureView> plan) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (MeasureView m : plan) {
                printer.printRecord(row(m).stream().map(v -> v instanceof List<?> l
                        ? String.join(" | ", l.stream().map(String::valueOf).toList()) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> row(MeasureView m) {
        PlannedMeasure p = m.planned();
        return Arrays.asList(p.measureId, m.versionLabel(), p.title, p.description, p.actionField, p.actionField.germanLabel(),
                m.goals().stream().map(g -> g.title).toList(), p.horizon, p.owner, p.ownerDetail, p.plannedStart, p.plannedEnd,
                m.reported().status, m.progressPercent(), p.parentId, p.weight, p.fundingProgrammes,
                m.milestones().stream().filter(ms -> ms.done).count(), m.milestones().size(), p.ideaIds);
    }

    private String versionUrl(String label) {
        // The public path at the gateway, the same as this service's root (quarkus.rest.path).
        return baseUrl + "/api/roadmap/versions/" + label;
    }

    /**
     * The DCAT-AP.de description of an adopted (or superseded) version: modified when the version
     * last changed or, if later, when progress of one of its measures was last reported.
     */
    @Transactional
    public Map<String, Object> dcat(String label) {
        RoadmapVersion v = versions.version(label, false);
        List<PlannedMeasure> plan = planned.plan(v.id);
        Instant modified = measures.byIds(ProgressService.ids(plan)).values().stream()
                .map(m -> m.progressedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .filter(t -> t.isAfter(v.updatedAt)).orElse(v.updatedAt);
        return dataset(v, modified);
    }

    private Map<String, Object> dataset(RoadmapVersion v, Instant modified) {
        String url = versionUrl(v.label);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@context", context());
        d.put("@id", url + "/open-data/dcat.jsonld");
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", "urn:norderstedt-go:roadmap:" + v.label);
        d.put("dct:title", "Smart-City-Roadmap " + v.label + " der Stadt Norderstedt (Norderstedt GO!)");
        d.put("dct:description", "Maßnahmen der Smart-City-Strategie Norderstedt GO!, Roadmap " + v.label + " (" + v.title
                + "), beschlossen von " + v.resolutionBody + " am " + v.resolutionDate + " (Beschluss " + v.resolutionNumber
                + "), mit Handlungsfeld, strategischen Zielen, Zeithorizont, Verantwortung, Umsetzungsstand und Meilensteinen.");
        d.put("dcat:keyword", List.of("Smart City", "Norderstedt GO!", "Roadmap", "Digitalisierung", "Stadtentwicklung"));
        d.put("dcat:theme", List.of(ref("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                ref("http://publications.europa.eu/resource/authority/data-theme/TECH")));
        d.put("dct:language", ref("http://publications.europa.eu/resource/authority/language/DEU"));
        d.put("dct:issued", dateTime(v.adoptedAt));
        d.put("dct:modified", dateTime(modified));
        d.put("dct:accrualPeriodicity", ref("http://publications.europa.eu/resource/authority/frequency/IRREG"));
        d.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", "Stadt Norderstedt"));
        d.put("dcat:contactPoint", Map.of("@type", "vcard:Organization", "vcard:fn", "Norderstedt GO! Programmleitung"));
        d.put("dct:spatial", ref("http://dcat-ap.de/def/politicalGeocoding/regionalKey/" + REGIONAL_KEY));
        d.put("dcatde:politicalGeocodingLevelURI", ref("http://dcat-ap.de/def/politicalGeocoding/Level/municipality"));
        d.put("dcatde:politicalGeocodingURI", ref("http://dcat-ap.de/def/politicalGeocoding/regionalKey/" + REGIONAL_KEY));
        d.put("dcatde:legalBasis", "Beschluss " + v.resolutionNumber + " der " + v.resolutionBody + " vom " + v.resolutionDate);
        d.put("dcat:landingPage", ref(url));
        d.put("dcat:distribution", List.of(
                distribution(url + "/open-data/measures.csv", "Maßnahmen der Roadmap " + v.label + " (CSV)",
                        "http://publications.europa.eu/resource/authority/file-type/CSV", "text/csv", modified),
                distribution(url + "/open-data/roadmap.json", "Roadmap " + v.label + " mit Zielen und Maßnahmen (JSON)",
                        "http://publications.europa.eu/resource/authority/file-type/JSON", "application/json", modified)));
        return d;
    }

    private static Map<String, Object> distribution(String url, String title, String format, String mediaType, Instant modified) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", url);
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", title);
        d.put("dcat:accessURL", ref(url));
        d.put("dcat:downloadURL", ref(url));
        d.put("dct:format", ref(format));
        d.put("dcat:mediaType", ref("https://www.iana.org/assignments/media-types/" + mediaType));
        d.put("dct:license", ref(LICENSE));
        d.put("dcatde:licenseAttributionByText", "Stadt Norderstedt, Norderstedt GO!");
        d.put("dct:modified", dateTime(modified));
        return d;
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("dcatde", "http://dcat-ap.de/def/dcatde/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return c;
    }

    private static Map<String, String> ref(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, String> dateTime(Instant instant) {
        return Map.of("@type", "xsd:dateTime", "@value", instant.atOffset(ZoneOffset.UTC).toString());
    }
}
