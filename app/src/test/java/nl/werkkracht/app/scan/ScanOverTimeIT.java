package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.app.followup.FollowUpService;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.report.ReportService;
import nl.werkkracht.app.report.ReportView;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.core.scan.GroupResult;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.core.scan.Response;
import nl.werkkracht.core.scan.ScanAnalysis;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.organisation.OrganisationStore;
import org.junit.jupiter.api.Test;

/**
 * METHODS.md §10 over time, against the running server (issue 9): an employer reads every view of a
 * scan's results while answers arrive, and can compute nothing from two readings, because there is
 * nothing to read until the scan closes and exactly one version afterwards. The differencing of that
 * one version across teams and scales is attacked exactly in core's {@code SurveyDifferencingAttackTest}.
 */
class ScanOverTimeIT extends ScanHttp {

    private static final int RANDOM_SCANS = 8;

    /**
     * The attack replayed: team A read at n = 6 and again at n = 7, to compute {@code 7·new −
     * 6·old}. Every view the employer has — results as JSON, CSV and XLSX, the results page, the report,
     * follow-up and the organisation export — shows no score of the open scan, so there is no "old".
     */
    @Test
    void shouldGiveTheEmployerNothingToSubtractWhenOneMoreAnswerArrives() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "A", "B");
        List<String> tokens = invite(employer, scanId, 13);
        answerAll(tokens.subList(0, 5), "B", 2, null);
        answerAll(tokens.subList(5, 11), "A", 4, "Idee van team A");

        Map<String, String> atSix = views(employer, scanId);
        answerAll(tokens.subList(11, 12), "A", 1, null); // the seventh in team A
        Map<String, String> atSeven = views(employer, scanId);

        for (Map<String, String> reading : List.of(atSix, atSeven)) {
            assertThat(reading.get("results")).as("results JSON while open").startsWith("409");
            assertThat(reading.get("csv")).as("CSV while open").startsWith("409");
            assertThat(reading.get("xlsx")).as("XLSX while open").startsWith("409");
            assertThat(reading.get("page")).as("results page while open").doesNotContain("results-table");
            assertThat(reading.get("report")).as("report while open").contains("\"scan\":null");
            assertThat(reading.get("reportPage"))
                    .as("report page while open")
                    .contains("De vragenlijst loopt nog")
                    .doesNotContain("gesloten op");
            assertThat(reading.get("reportPdf"))
                    .as("report PDF while open")
                    .contains("De vragenlijst loopt nog")
                    .doesNotContain("gesloten op");
            assertThat(reading.get("followup"))
                    .as("re-scan comparison while open")
                    .contains("\"latest\":null");
            assertThat(reading.get("export"))
                    .as("organisation export while open")
                    .contains("\"results\" : null");
            assertThat(reading.get("export")).doesNotContain("Idee van team A");
        }

        close(employer, scanId);
        Map<String, String> closed = views(employer, scanId);
        HttpResponse<String> late = answer(tokens.get(12), "A", uniform(5), null);
        Map<String, String> again = views(employer, scanId);

        assertThat(late.statusCode()).as("no answer after closing").isEqualTo(410);
        closed.forEach((view, first) -> assertThat(again.get(view))
                .as("one version: %s the same at every later reading", view)
                .isEqualTo(first));
        JsonNode results = parse(closed.get("results").substring(4));
        JsonNode a = group(results, "A");
        assertThat(a.get("n").asInt()).isEqualTo(7);
        // (6 · 75 + 0) / 7 = 64.29 → 64 in every view, never 64.285714285714…
        assertThat(a.get("scales").get("tech.tools").asInt()).isEqualTo(64);
        assertThat(closed.get("csv")).contains("64").doesNotContain("64.28");
        assertThat(closed.get("xlsx")).startsWith("200").contains("<v>64.0</v>").doesNotContain("64.28");
        assertThat(closed.get("export")).contains("\"lastDay\"").doesNotContain("64.28");
        assertThat(closed.get("report")).doesNotContain("64.28");
        assertThat(closed.get("reportPage")).contains("gesloten op").doesNotContain("De vragenlijst loopt nog");
        assertThat(closed.get("reportPdf")).contains("gesloten op");
    }

    /** Every view of the scan, as the employer reads it: "status body" per view. */
    private Map<String, String> views(Tenant employer, long scanId) {
        String org = "/api/v1/organisations/" + employer.organisationId();
        String results = "/api/v1/scans/" + scanId + "/results";
        var views = new LinkedHashMap<String, String>();
        views.put("results", read(results, employer));
        views.put("csv", read(results + "?format=csv", employer));
        HttpResponse<byte[]> xlsx = client().getBytes(results + "?format=xlsx", employer.bearer());
        views.put("xlsx", xlsx.statusCode() + " " + (xlsx.statusCode() == 200 ? cells(xlsx.body()) : ""));
        views.put(
                "page",
                client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD)
                        .get("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results?lang=nl")
                        .body()
                        .replaceAll("<input[^>]*name=\"_csrf\"[^>]*>", "")
                        .replaceAll("<meta name=\"csrf-token\"[^>]*>", ""));
        views.put("report", read(org + "/report", employer).replaceAll("\"generatedAt\":\"[^\"]*\"", ""));
        var page = client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD);
        views.put(
                "reportPage",
                text(page.get("/organisations/" + employer.organisationId() + "/report?lang=nl")
                        .body()));
        views.put("reportPdf", pdfText(org + "/report.pdf?lang=nl", employer));
        views.put("followup", read(org + "/followup/scans", employer));
        views.put("engagement", read(org + "/followup?metric=engagement", employer));
        views.put(
                "export",
                read(org + "/export?format=json", employer)
                        .replaceAll("(?s)\"audit\" : \\[.*", "")
                        .replaceAll("\"generatedAt\" : \"[^\"]*\"", ""));
        return views;
    }

    /** The cells of an XLSX workbook (its worksheets and shared strings, not the file's own dates). */
    private static String cells(byte[] xlsx) {
        var out = new StringBuilder();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().startsWith("xl/worksheets/")
                        || entry.getName().equals("xl/sharedStrings.xml")) {
                    out.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text of a page, without its tags, scripts and session tokens. */
    private static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\d{1,2}:\\d{2}(:\\d{2})?", "")
                .replaceAll("\\s+", " ");
    }

    /** The text of a PDF, without the line that says when it was made. */
    private String pdfText(String path, Tenant employer) {
        HttpResponse<byte[]> pdf = client().getBytes(path, employer.bearer());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .replaceAll("\\d{1,2}:\\d{2}", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String read(String path, Tenant employer) {
        HttpResponse<String> r = client().get(path, employer.bearer());
        return r.statusCode() + " " + r.body();
    }

    /**
     * Random scans answered one by one (teams of different sizes, skipped items, closed early at a random
     * moment): while open, no view holds a score; once closed, the stored version is exactly the core's
     * analysis of all responses, in whole points, the same in the report and follow-up, and unchanged by
     * a later attempt to answer.
     */
    @Test
    void shouldShowRandomScansOnlyOnceClosedAndThenAlwaysTheSameVersion() {
        var random = new Random(2026_1231L);
        ScanService scans = context.getBean(ScanService.class);
        ReportService reports = context.getBean(ReportService.class);
        FollowUpService followUp = context.getBean(FollowUpService.class);
        OrganisationStore organisations = context.getBean(OrganisationStore.class);
        for (int run = 0; run < RANDOM_SCANS; run++) {
            Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
            var organisation = organisations.find(employer.organisationId()).orElseThrow();
            List<String> teams = random.nextBoolean() ? List.of() : List.of("Zorg", "Kantoor", "Avond");
            long scanId = createScan(employer, teams.toArray(String[]::new));
            int invited = 4 + random.nextInt(16);
            List<String> tokens = invite(employer, scanId, invited);
            int answering = random.nextInt(3) == 0 ? invited - random.nextInt(invited) : invited;
            var responses = new ArrayList<Response>();
            for (int i = 0; i < answering; i++) {
                String team = teams.isEmpty() ? null : teams.get(random.nextInt(4) == 0 ? 2 : random.nextInt(2));
                Map<String, Integer> answers = answers(random);
                scans.submit(tokens.get(i), team, answers, random.nextInt(3) == 0 ? "idee " + run + "-" + i : null);
                responses.add(new Response(java.util.Optional.ofNullable(team), answers));

                String label = "run " + run + " after " + (i + 1) + " answers";
                assertThat(client().get("/api/v1/scans/" + scanId + "/results", employer.bearer())
                                .statusCode())
                        .as(label)
                        .isEqualTo(409);
                assertThat(scans.publishedResults(scanId)).as(label).isEmpty();
                ReportView report = reports.report(organisation, Locale.forLanguageTag("nl"));
                assertThat(report.scan()).as(label).isNull();
                assertThat(report.top().pillars()).as(label).isEmpty();
                assertThat(followUp.followUp(employer.organisationId(), Metric.ENGAGEMENT, Locale.ENGLISH)
                                .series())
                        .as(label)
                        .isEmpty();
            }
            close(employer, scanId);
            ScanResultsView published = scans.publishedResults(scanId).orElseThrow();
            ScanResults expected = ScanAnalysis.analyse(scans.instrument(), teams, responses, AnonymityRule.DEFAULT);
            for (GroupResult g : expected.groups()) {
                ScanResultsView.GroupView shown = published.group(g.group()).orElseThrow();
                assertThat(shown.suppressed())
                        .as("run %d group %s", run, g.group())
                        .isEqualTo(g.suppressed());
                assertThat(shown.scales()).as("run %d group %s", run, g.group()).isEqualTo(g.scales());
                shown.scales().values().forEach(v -> assertThat(v).isBetween(0, 100));
            }
            ReportView report = reports.report(organisation, Locale.forLanguageTag("nl"));
            if (published.available()) {
                assertThat(report.top().pillars()).allSatisfy(p -> assertThat(p.score())
                        .isEqualTo(published.all().pillars().get(p.pillar())));
            }
            if (answering < invited) {
                assertThat(answer(tokens.get(answering), teams.isEmpty() ? null : teams.get(0), uniform(3), null)
                                .statusCode())
                        .isEqualTo(410);
            }
            assertThat(scans.publishedResults(scanId)).contains(published);
        }
    }

    /** Random answers with a random share skipped ("don't know" counts as missing). */
    private static Map<String, Integer> answers(Random random) {
        double skip = random.nextInt(3) * 0.3;
        var out = new LinkedHashMap<String, Integer>();
        for (Item item : INSTRUMENT.items()) {
            if (random.nextDouble() >= skip) {
                out.put(item.id(), 1 + random.nextInt(5));
            }
        }
        if (out.isEmpty()) {
            out.put(INSTRUMENT.items().get(0).id(), 3);
        }
        return out;
    }
}
