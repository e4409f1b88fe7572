package nl.werkkracht.app.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.store.audit.AuditEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The audit log as sentences in the reader's language ("Benchmark bekeken: registratielast, 2026"). A
 * line is stored as an action and a detail in a fixed, language-free shape ({@code benchmark.viewed},
 * {@code "12: registration-share 2026 all"}); here each known shape is read back into the arguments of
 * the message {@code audit.<action>} ({@code messages/audit*.properties}), with names of metrics and
 * interventions in the reader's language. Another feature's action may bring its own sentence {@code
 * audit.<action>} with the detail as {@code {0}}. A line of an action without a sentence, or whose detail
 * has another shape, reads "action: detail", so nothing recorded is ever hidden.
 */
public final class AuditSentences {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** One way a detail can look, and which message reads it. */
    private record Shape(String action, Pattern detail, String key) {}

    private static final List<Shape> SHAPES = List.of(
            shape("benchmark.viewed", "(\\d+): ([a-z0-9-]+) (\\d{4})( .*)?", "audit.benchmark.viewed"),
            shape("benchmark.consent.changed", "(\\d+): (.*)", "audit.benchmark.consent.changed"),
            shape("network.joined", "(\\d+)", "audit.network.joined"),
            shape("network.left", "(\\d+)", "audit.network.left"),
            shape("financials.viewed", "(\\d{4})", "audit.financials.viewed.year"),
            shape("financials.viewed", ".*", "audit.financials.viewed"),
            shape("financials.changed", "(\\d{4})", "audit.financials.changed"),
            shape("financials.deleted", "(\\d{4})", "audit.financials.deleted"),
            shape("financials.exported", "([a-z]+)", "audit.financials.exported"),
            shape("organisation.created", "(.+)", "audit.organisation.created"),
            shape("organisation.changed", ".*", "audit.organisation.changed"),
            shape("organisation.viewed", ".*", "audit.organisation.viewed"),
            shape("organisation.member.added", "(.+)", "audit.organisation.member.added"),
            shape("organisation.deleted", ".*", "audit.organisation.deleted"),
            shape("organisation.exported", "([a-z]+)", "audit.organisation.exported"),
            shape("report.viewed", "(pdf)", "audit.report.downloaded"),
            shape("report.viewed", ".*", "audit.report.viewed"),
            shape("valuestream.viewed", "list", "audit.valuestream.list"),
            shape("valuestream.viewed", "value stream (\\d+) (.*)", "audit.valuestream.viewed"),
            shape("valuestream.created", "value stream (\\d+) (.*)", "audit.valuestream.created"),
            shape("valuestream.changed", "value stream (\\d+) (.*)", "audit.valuestream.changed"),
            shape("valuestream.deleted", "value stream (\\d+)", "audit.valuestream.deleted"),
            shape("role.created", "role (\\d+) (.*)", "audit.role.created"),
            shape("role.changed", "role (\\d+) (.*)", "audit.role.changed"),
            shape("role.deleted", "role (\\d+)", "audit.role.deleted"),
            shape("techimpact.viewed", "analysis (\\d+)", "audit.techimpact.viewed"),
            shape("techimpact.created", "analysis (\\d+)", "audit.techimpact.created"),
            shape("techimpact.changed", "analysis (\\d+)", "audit.techimpact.changed"),
            shape("techimpact.deleted", "analysis (\\d+)", "audit.techimpact.deleted"),
            shape("routeplan.viewed", ".*", "audit.routeplan.viewed"),
            shape("routeplan.choice.changed", "(\\S+) chosen", "audit.routeplan.chosen"),
            shape("routeplan.choice.changed", "(\\S+) not chosen", "audit.routeplan.notChosen"),
            shape("followup.viewed", "scans", "audit.followup.scans"),
            shape("followup.viewed", "(?:page )?([a-z0-9-]+)", "audit.followup.viewed"),
            shape("scan.list.viewed", ".*", "audit.scan.list.viewed"),
            shape("scan.created", "scan (\\d+), teams \\[(.*)]", "audit.scan.created"),
            shape("scan.viewed", "scan (\\d+)", "audit.scan.viewed"),
            shape("scan.invitations.created", "scan (\\d+): (\\d+)(?: as ([a-z]+))?", "audit.scan.invitations.created"),
            shape("scan.results.viewed", "scan (\\d+).*", "audit.scan.results.viewed"),
            shape("scan.results.exported", "scan (\\d+) as ([a-z]+)", "audit.scan.results.exported"),
            shape("support.granted", "(\\d+)\\|(.+)", "audit.support.granted"),
            shape("support.revoked", ".*", "audit.support.revoked"),
            shape("support.used", "GET (\\S+)", "audit.support.viewed"),
            shape("support.used", "[A-Z]+ (\\S+)", "audit.support.changed"));

    private final MessageSource messages;
    private final Function<String, Map<Locale, String>> interventionTitles;

    /**
     * @param interventionTitles the titles of a route-plan intervention by its id, per language (empty when
     *     unknown)
     */
    public AuditSentences(MessageSource messages, Function<String, Map<Locale, String>> interventionTitles) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.interventionTitles = Objects.requireNonNull(interventionTitles, "interventionTitles");
    }

    /** The line as a sentence in the current request's language (for templates). */
    public String sentence(AuditEvent event) {
        return sentence(event, LocaleContextHolder.getLocale());
    }

    /** The line as a sentence in {@code locale}. */
    public String sentence(AuditEvent event, Locale locale) {
        String detail = event.detail() == null ? "" : event.detail().strip();
        boolean known = false;
        for (Shape shape : SHAPES) {
            if (!shape.action().equals(event.action())) {
                continue;
            }
            known = true;
            Matcher m = shape.detail().matcher(detail);
            if (m.matches()) {
                String text = messages.getMessage(shape.key(), arguments(shape.key(), m, locale), null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        // an action of another feature may bring its own sentence, with the detail as {0}
        String plain =
                known ? null : messages.getMessage("audit." + event.action(), new Object[] {detail}, null, locale);
        if (plain != null) {
            return plain;
        }
        return detail.isEmpty() ? event.action() : event.action() + ": " + detail;
    }

    private Object[] arguments(String key, Matcher m, Locale locale) {
        List<Object> args = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            args.add(m.group(g) == null ? "" : m.group(g));
        }
        switch (key) {
            case "audit.benchmark.viewed", "audit.followup.viewed" -> {
                int at = key.equals("audit.followup.viewed") ? 0 : 1;
                args.set(at, metric(args.get(at).toString(), locale));
            }
            case "audit.benchmark.consent.changed" ->
                args.set(1, metrics(args.get(1).toString(), locale));
            case "audit.routeplan.chosen", "audit.routeplan.notChosen" ->
                args.set(0, intervention(args.get(0).toString(), locale));
            case "audit.financials.exported", "audit.organisation.exported", "audit.scan.results.exported" -> {
                int last = args.size() - 1;
                args.set(last, args.get(last).toString().toUpperCase(Locale.ROOT));
            }
            case "audit.support.granted" -> {
                args.set(0, Integer.valueOf(args.get(0).toString()));
                args.set(1, moment(args.get(1).toString(), locale));
            }
            default -> {
                // the groups as they are
            }
        }
        return args.toArray();
    }

    /** A metric's name in running text: "registratielast" (its label without a capital, unless an acronym). */
    private String metric(String id, Locale locale) {
        String name = messages.getMessage("benchmark.metric." + id, null, id, locale);
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private String metrics(String ids, Locale locale) {
        if (ids.isBlank()) {
            return messages.getMessage("audit.none", null, "–", locale);
        }
        List<String> names = new ArrayList<>();
        for (String id : ids.split(",")) {
            names.add(metric(id.strip(), locale));
        }
        return String.join(", ", names);
    }

    private String intervention(String id, Locale locale) {
        Map<Locale, String> titles = interventionTitles.apply(id);
        String title = titles.get("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
        return title == null ? id : title;
    }

    private static String moment(String instant, Locale locale) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .format(Instant.parse(instant).atZone(DUTCH_TIME));
        } catch (RuntimeException e) {
            return instant;
        }
    }

    private static Shape shape(String action, String detail, String key) {
        return new Shape(action, Pattern.compile(detail), key);
    }
}
