package nl.werkkracht.app.valuestream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.WasteType;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The value-stream pages of an organisation: the list with key figures ({@code
 * /organisations/{id}/value-streams}), the editor of a new value stream ({@code …/new}) and one value
 * stream's results with its editor ({@code …/{vsId}}), with CSV/XLSX exports of their tables. The editor is
 * a plain form (POST with CSRF) that JavaScript enhances. Only members of the organisation see these
 * pages; anyone else gets 404.
 */
@Controller
@RequestMapping("/organisations/{id}/value-streams")
class ValueStreamPages {

    static final String LIST_VIEW = "valuestream/list";
    static final String EDIT_VIEW = "valuestream/edit";

    private final OrganisationAccess access;
    private final ValueStreamService valueStreams;
    private final MessageSource messages;
    private final ObjectMapper json;

    ValueStreamPages(
            OrganisationAccess access, ValueStreamService valueStreams, MessageSource messages, ObjectMapper json) {
        this.access = access;
        this.valueStreams = valueStreams;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String list(@PathVariable long id, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("streams", valueStreams.list(id, access.username(auth)));
        return LIST_VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportList(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            Authentication auth,
            Locale locale) {
        Organisation organisation = access.require(auth, id);
        List<ValueStreamView> streams = valueStreams.list(id, access.username(auth));
        return Exports.table(new ValueStreamTables(messages, locale).list(organisation.name(), streams), format);
    }

    @GetMapping("/new")
    String create(@PathVariable long id, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        return editor(model, organisation, Optional.empty(), ValueStreamForm.empty());
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = access.require(auth, id);
        ValueStreamForm form = ValueStreamForm.parse(params);
        Optional<ValueStream> stream = form.toValueStream();
        if (stream.isEmpty()) {
            return editor(model, organisation, Optional.empty(), form);
        }
        ValueStreamView created = valueStreams.create(id, stream.get(), access.username(auth));
        redirect.addFlashAttribute("notice", "valuestream.saved");
        return "redirect:/organisations/" + id + "/value-streams/" + created.id();
    }

    @GetMapping("/{vsId}")
    String show(@PathVariable long id, @PathVariable long vsId, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        ValueStreamView view = valueStreams.find(id, vsId, access.username(auth));
        return editor(model, organisation, Optional.of(view), ValueStreamForm.of(view));
    }

    @PostMapping("/{vsId}")
    String replace(
            @PathVariable long id,
            @PathVariable long vsId,
            @RequestParam MultiValueMap<String, String> params,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = access.require(auth, id);
        ValueStreamForm form = ValueStreamForm.parse(params);
        Optional<ValueStream> stream = form.toValueStream();
        if (stream.isEmpty()) {
            // the results of what is stored, the editor with what was typed
            ValueStreamView stored = valueStreams.find(id, vsId, access.username(auth));
            return editor(model, organisation, Optional.of(stored), form);
        }
        valueStreams.replace(id, vsId, stream.get(), access.username(auth));
        redirect.addFlashAttribute("notice", "valuestream.saved");
        return "redirect:/organisations/" + id + "/value-streams/" + vsId;
    }

    @PostMapping("/{vsId}/delete")
    String delete(@PathVariable long id, @PathVariable long vsId, Authentication auth, RedirectAttributes redirect) {
        access.require(auth, id);
        valueStreams.delete(id, vsId, access.username(auth));
        redirect.addFlashAttribute("notice", "valuestream.deleted");
        return "redirect:/organisations/" + id + "/value-streams";
    }

    @GetMapping("/{vsId}/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @PathVariable long vsId,
            @RequestParam(defaultValue = "steps") String table,
            @RequestParam(defaultValue = "csv") String format,
            Authentication auth,
            Locale locale) {
        access.require(auth, id);
        ValueStreamView view = valueStreams.find(id, vsId, access.username(auth));
        var tables = new ValueStreamTables(messages, locale);
        return switch (table) {
            case "steps" -> Exports.table(tables.steps(view), format);
            case "waste" -> Exports.table(tables.waste(view), format);
            default -> throw new OrganisationNotFoundException("table " + table);
        };
    }

    private String editor(
            Model model, Organisation organisation, Optional<ValueStreamView> view, ValueStreamForm form) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("view", view.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("classes", StepClass.values());
        model.addAttribute("wasteTypes", WasteType.values());
        view.ifPresent(v -> model.addAttribute("chartJson", chartJson(v)));
        return EDIT_VIEW;
    }

    /** The steps for the chart: label, role, minutes and class; the chart's texts come from the page. */
    private String chartJson(ValueStreamView v) {
        var steps = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < v.steps().size(); i++) {
            ValueStreamView.StepView s = v.steps().get(i);
            steps.add(Map.of(
                    "label",
                            (i + 1) + ". " + s.name()
                                    + (s.role().isEmpty() || s.role().equals(s.name()) ? "" : " (" + s.role() + ")"),
                    "process", s.processMinutes(),
                    "waiting", s.waitingMinutes(),
                    "classification", s.classification()));
        }
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chart data", e);
        }
    }
}
