package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.scan.ScanPublications;
import nl.werkkracht.store.scan.ScanStore;
import org.junit.jupiter.api.Test;

/**
 * The retention period (ADR 0011): once a scan closed longer ago than {@code werkkracht.scan.retention-days},
 * the scheduled job deletes its raw answers and ideas; the published results stay, so the results,
 * report, follow-up and the organisation export show the same figures afterwards.
 */
class AnswerRetentionIT extends ScanHttp {

    @Test
    void shouldDeleteTheRawAnswersAfterTheRetentionPeriodAndKeepShowingThePublishedResults() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "A", "B");
        List<String> tokens = invite(employer, scanId, 11);
        answerAll(tokens.subList(0, 6), "A", 4, "Idee van A");
        answerAll(tokens.subList(6, 11), "B", 2, null);
        close(employer, scanId);
        String org = "/api/v1/organisations/" + employer.organisationId();
        JsonNode before = results(employer, scanId);
        String csvBefore = client().get("/api/v1/scans/" + scanId + "/results?format=csv", employer.bearer())
                .body();
        JsonNode reportBefore =
                parse(client().get(org + "/report", employer.bearer()).body());
        String followUpBefore = client().get(org + "/followup?metric=engagement", employer.bearer())
                .body();
        AnswerRetention bean = context.getBean(AnswerRetention.class);
        assertThat(bean.retention()).as("the default retention period").isEqualTo(Duration.ofDays(365));

        retention(Instant.now().plus(Duration.ofDays(364))).deleteExpiredAnswers();
        assertThat(rows(scanId)).as("kept within the retention period").isEqualTo(11 + 6 + 11 * 60);

        int deleted = retention(Instant.now().plus(Duration.ofDays(366))).deleteExpiredAnswers();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rows(scanId)).as("responses and ideas deleted").isZero();
        assertThat(context.getBean(ScanStore.class).responses(scanId)).isEmpty();
        JsonNode after = results(employer, scanId);
        assertThat(after.get("groups")).isEqualTo(before.get("groups"));
        assertThat(after.get("responses").asInt()).isEqualTo(11);
        assertThat(after.get("answersDeletedAt").isNull()).isFalse();
        assertThat(group(after, "A").get("ideas").get(0).asText()).isEqualTo("Idee van A");
        assertThat(client().get("/api/v1/scans/" + scanId + "/results?format=csv", employer.bearer())
                        .body())
                .isEqualTo(csvBefore);
        JsonNode reportAfter =
                parse(client().get(org + "/report", employer.bearer()).body());
        assertThat(reportAfter.get("top")).isEqualTo(reportBefore.get("top"));
        assertThat(reportAfter.get("jobQuality")).isEqualTo(reportBefore.get("jobQuality"));
        assertThat(reportAfter.get("ideas")).isEqualTo(reportBefore.get("ideas"));
        assertThat(client().get(org + "/followup?metric=engagement", employer.bearer())
                        .body())
                .isEqualTo(followUpBefore);
        JsonNode export = parse(
                client().get(org + "/export?format=json", employer.bearer()).body());
        assertThat(export.at("/scans/0/results/groups")).isEqualTo(before.get("groups"));
        assertThat(export.at("/scans/0/scan/responses").asInt()).isEqualTo(11);
        assertThat(client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD)
                        .get("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results?lang=nl")
                        .body())
                .contains("id=\"answers-deleted\"");
    }

    private AnswerRetention retention(Instant now) {
        return new AnswerRetention(
                context.getBean(ScanService.class),
                context.getBean(ScanPublications.class),
                Duration.ofDays(365),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The scan's raw rows: responses, ideas and answers. */
    private long rows(long scanId) {
        return context.getBean(Database.class).inTransaction(connection -> {
            long n = 0;
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM response WHERE scan_id = ?",
                    "SELECT COUNT(*) FROM idea WHERE scan_id = ?",
                    "SELECT COUNT(*) FROM response_answer a JOIN response r ON r.id = a.response_id WHERE r.scan_id = ?")) {
                try (var select = connection.prepareStatement(sql)) {
                    select.setLong(1, scanId);
                    try (var rows = select.executeQuery()) {
                        rows.next();
                        n += rows.getLong(1);
                    }
                }
            }
            return n;
        });
    }
}
