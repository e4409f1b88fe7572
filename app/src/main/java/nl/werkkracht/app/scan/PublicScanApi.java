package nl.werkkracht.app.scan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/public/scans/{token}}: the questionnaire and its answers for employees, without an
 * account; the invitation token is the only key. Bad input is answered with a problem detail naming the
 * field; requests are rate-limited per client ({@link PublicRateLimit}).
 */
@RestController
@RequestMapping("/api/v1/public/scans")
class PublicScanApi {

    private final ScanService scans;

    PublicScanApi(ScanService scans) {
        this.scans = scans;
    }

    /** The questionnaire in {@code ?lang=} or else the Accept-Language's first of Dutch and English. */
    @GetMapping("/{token}")
    QuestionnaireView questionnaire(
            @PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request) {
        return scans.questionnaire(token, language(lang, request));
    }

    /** Stores the answers: 201, or a problem (400 naming the field, 404, 409 used, 410 closed). */
    @PostMapping("/{token}/responses")
    ResponseEntity<Map<String, Object>> respond(
            @PathVariable String token, @RequestBody(required = false) JsonNode body) {
        JsonNode json = body == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : body;
        scans.submit(token, text(json, "team"), answers(json.get("answers")), text(json, "ideas"));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("stored", true));
    }

    static String language(String lang, HttpServletRequest request) {
        if (lang != null) {
            return "en".equalsIgnoreCase(lang.strip()) ? "en" : "nl";
        }
        if (request.getHeader("Accept-Language") == null) {
            // without the header the container offers its own default locale, not the visitor's
            return "nl";
        }
        for (Locale l : Collections.list(request.getLocales())) {
            if (l.getLanguage().equals("nl") || l.getLanguage().equals("en")) {
                return l.getLanguage();
            }
        }
        return "nl";
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ScanProblemException.invalidAnswer(field, field + " must be text");
        }
        return node.asText();
    }

    /** Whole numbers as Integer; anything else stays as it is, to be rejected with its field. */
    private static Map<String, Object> answers(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ScanProblemException.invalidAnswer("answers", "answers must be an object {\"item id\": 1..5}");
        }
        var out = new LinkedHashMap<String, Object>();
        node.fields()
                .forEachRemaining(e -> out.put(
                        e.getKey(),
                        e.getValue().isInt()
                                ? (Object) e.getValue().intValue()
                                : e.getValue().toString()));
        return out;
    }
}
