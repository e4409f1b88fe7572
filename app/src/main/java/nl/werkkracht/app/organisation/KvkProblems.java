package nl.werkkracht.app.organisation;

import java.util.List;
import java.util.Locale;
import nl.werkkracht.core.organisation.FieldProblem;
import org.springframework.context.MessageSource;

/** The KvK number's field problems in the page's language (the API keeps the English text of the service). */
final class KvkProblems {

    private KvkProblems() {}

    static List<FieldProblem> localised(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream()
                .map(p -> !p.field().equals("kvkNumber")
                        ? p
                        : new FieldProblem(
                                p.field(),
                                messages.getMessage(
                                        p.message().equals(OrganisationService.KVK_TAKEN)
                                                ? "network.kvk.taken"
                                                : "network.kvk.format",
                                        null,
                                        p.message(),
                                        locale)))
                .toList();
    }
}
