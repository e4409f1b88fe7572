package nl.werkkracht.app.dataset.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Upload on the data page, for analysts and administrators (the security configuration requires the
 * role for every POST under {@code /data}).
 *
 * <p>With JavaScript ({@code static/js/data-upload.js}) the form is sent with {@code Accept:
 * application/json}: the answer is 202 with the job's address, which the page polls for the import's
 * progress and result. Without JavaScript the browser posts the form as HTML: the server imports,
 * waits for the result and redirects to the job's result page (post/redirect/get). Both show the same
 * message. Every method comes twice, as in Spring Boot's error controller: the HTML variant for
 * browsers, the other for everyone else.
 */
@Controller
class UploadController {

    /** How long a form post without JavaScript waits for its import. */
    static final Duration PAGE_WAIT = Duration.ofMinutes(30);

    private final ImportJobs jobs;
    private final MessageSource messages;

    UploadController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** A refused upload: nothing was imported, the message says why. */
    private static final class Refused extends Exception {
        private final HttpStatus status;
        private final String key;
        private final String argument;

        Refused(HttpStatus status, String key, String argument) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
            this.argument = argument;
        }
    }

    @PostMapping(path = "/data/upload", produces = MediaType.TEXT_HTML_VALUE)
    String uploadPage(
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format,
            Principal principal,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException, InterruptedException {
        try {
            ImportJob job = start(dataset, file, format, principal);
            jobs.await(job.id(), PAGE_WAIT);
            return "redirect:/data/jobs/" + job.id();
        } catch (Refused r) {
            response.setStatus(r.status.value());
            model.addAttribute("refusal", messages.getMessage(r.key, new Object[] {r.argument}, locale));
            return "data/job";
        }
    }

    @PostMapping("/data/upload")
    ResponseEntity<Object> upload(
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format,
            HttpServletRequest request,
            Principal principal,
            Locale locale)
            throws IOException {
        try {
            ImportJob job = start(dataset, file, format, principal);
            // relative to the host, so it stays right behind a reverse proxy
            URI status = URI.create(request.getContextPath() + "/data/jobs/" + job.id());
            return ResponseEntity.accepted().location(status).body(Map.of("id", job.id(), "status", status.toString()));
        } catch (Refused r) {
            ProblemDetail problem = ApiProblems.problem(
                    r.status,
                    r.status == HttpStatus.SERVICE_UNAVAILABLE ? "busy" : "invalid-request",
                    "The upload cannot be imported",
                    messages.getMessage(r.key, new Object[] {r.argument}, locale));
            return ResponseEntity.status(r.status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    @GetMapping(path = "/data/jobs/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String jobPage(@PathVariable String id, Principal principal, Locale locale, Model model) {
        model.addAttribute("job", view(id, principal, locale));
        return "data/job";
    }

    @GetMapping("/data/jobs/{id}")
    ResponseEntity<JobView> job(@PathVariable String id, Principal principal, Locale locale) {
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(view(id, principal, locale));
    }

    private JobView view(String id, Principal principal, Locale locale) {
        return jobs.find(id, owner(principal))
                .map(j -> JobView.of(j, messages, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such import job"));
    }

    private ImportJob start(String dataset, MultipartFile file, String format, Principal principal)
            throws Refused, IOException {
        UploadRequest request;
        try {
            request = UploadRequest.of(dataset, format);
        } catch (UploadRequest.Invalid e) {
            throw new Refused(HttpStatus.BAD_REQUEST, e.key(), e.argument());
        }
        if (file == null || file.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "data.upload.noFile", "");
        }
        UploadedFile saved = UploadedFile.save(file);
        try {
            return jobs.submit(owner(principal), request.dataset(), saved, request.format());
        } catch (RejectedExecutionException e) {
            throw new Refused(HttpStatus.SERVICE_UNAVAILABLE, "data.upload.busy", "");
        }
    }

    private static String owner(Principal principal) {
        return principal == null ? "" : principal.getName();
    }
}
