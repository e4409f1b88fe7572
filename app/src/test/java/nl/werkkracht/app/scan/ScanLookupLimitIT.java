package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.scan.LookupFailures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public questionnaire's limit protects the tokens, not the colleagues (issue 14): 500 employees behind
 * one address answer at once with the default overall cap, while a guesser from that address is stopped
 * after the allowed failed look-ups, on every instance that shares the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"werkkracht.scan.public-failed-lookups=10", "werkkracht.scan.public-failed-lookups-window=PT1H"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanLookupLimitIT extends ScanHttp {

    @Test
    @Order(1)
    void shouldLetFiveHundredColleaguesBehindOneAddressAnswer() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        List<String> tokens = invite(employer, scanId, 500);

        // four colleagues at a time, as a meeting room would; each opens the questionnaire page's API once
        // in ten (the page itself is what a phone opens) and sends the answers
        var pool = Executors.newFixedThreadPool(4);
        try {
            var statuses = new ArrayList<Future<int[]>>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean open = i % 10 == 0;
                statuses.add(pool.submit(() -> new int[] {
                    open ? client().get("/api/v1/public/scans/" + token).statusCode() : 200,
                    answer(token, null, uniform(4), null).statusCode()
                }));
            }
            for (Future<int[]> f : statuses) {
                assertThat(f.get()).containsExactly(200, 201);
            }
        } finally {
            pool.shutdown();
        }

        // a few mistyped links do not lock the office out either
        for (int i = 0; i < 3; i++) {
            assertThat(client().get("/api/v1/public/scans/" + unknownToken(i)).statusCode())
                    .isEqualTo(404);
        }
        assertThat(client().get("/s/" + tokens.get(0)).statusCode()).isNotEqualTo(429);
    }

    @Test
    @Order(2)
    void shouldStopAGuesserOnEveryInstance() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String valid = invite(employer, scanId, 1).get(0);
        // at most 10 failures a window: the first test's 3 mistakes may count too, or a window may end
        // in between, so the guesser is stopped after at most 2 x 10 guesses
        int notFound = 0;
        HttpResponse<String> guess = null;
        for (int i = 3; i < 23; i++) {
            guess = client().get("/api/v1/public/scans/" + unknownToken(i));
            if (guess.statusCode() != 404) {
                break;
            }
            notFound++;
        }
        HttpResponse<String> page = client().get("/s/" + valid);

        assertThat(notFound).isBetween(1, 10);
        assertThat(guess.statusCode()).isEqualTo(429);
        assertThat(guess.body()).contains("unknown invitation links");
        assertThat(Long.parseLong(guess.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
        assertThat(page.statusCode())
                .as("the guesser's address is turned away, valid token or not")
                .isEqualTo(429);
        // another instance on the same database sees the same count
        var otherInstance = new FailedLookupLimit(
                new LookupFailures(context.getBean(Database.class)), 10, Duration.ofHours(1), Clock.systemUTC());
        assertThat(otherInstance.blocked("127.0.0.1")).isPresent();
        assertThat(otherInstance.blocked("127.0.0.2")).isEmpty();
    }

    private static String unknownToken(int i) {
        return "zzzzzzzzzzzzzzzzzzzzzzz" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "q";
    }
}
