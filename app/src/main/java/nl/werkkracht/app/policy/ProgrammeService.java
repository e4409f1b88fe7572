package nl.werkkracht.app.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.policy.PolicyInputs.EvaluationInput;
import nl.werkkracht.app.policy.PolicyInputs.IndicatorInput;
import nl.werkkracht.app.policy.PolicyInputs.MeasureInput;
import nl.werkkracht.app.policy.PolicyInputs.MemberInput;
import nl.werkkracht.app.policy.PolicyInputs.PhaseInput;
import nl.werkkracht.app.policy.PolicyInputs.ProgrammeInput;
import nl.werkkracht.app.policy.PolicyInputs.QuestionInput;
import nl.werkkracht.app.policy.PolicyInputs.RecommendationInput;
import nl.werkkracht.app.policy.PolicyInputs.ValueInput;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.policy.EvaluationData;
import nl.werkkracht.store.policy.MeasureData;
import nl.werkkracht.store.policy.MemberRole;
import nl.werkkracht.store.policy.PhaseNote;
import nl.werkkracht.store.policy.PolicyContentStore;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeData;
import nl.werkkracht.store.policy.ProgrammeStore;
import nl.werkkracht.store.policy.StoredIndicator;
import nl.werkkracht.store.policy.StoredMeasure;

/**
 * The changes a programme's owners make, each checked ({@link PolicyInputs}) and written to the programme's audit
 * log (who, what, which row). The caller has checked access with {@link ProgrammeAccess}.
 */
final class ProgrammeService {

    private final ProgrammeStore programmes;
    private final PolicyContentStore content;
    private final AccountStore accounts;
    private final PolicyInputs inputs;
    private final List<IndicatorSource> sources;

    ProgrammeService(
            ProgrammeStore programmes,
            PolicyContentStore content,
            AccountStore accounts,
            PolicyInputs inputs,
            List<IndicatorSource> sources) {
        this.programmes = programmes;
        this.content = content;
        this.accounts = accounts;
        this.inputs = inputs;
        this.sources = List.copyOf(sources);
    }

    Programme create(ProgrammeInput in, String username, boolean invented) {
        ProgrammeData d = inputs.programme(in);
        Programme p = programmes.create(d, username, invented);
        programmes.record(p.id(), username, "programme.created", d.name() + " " + d.region());
        return p;
    }

    void update(Programme p, ProgrammeInput in, String username) {
        ProgrammeData d = inputs.programme(in);
        programmes.update(p.id(), d);
        programmes.record(p.id(), username, "programme.changed", d.name() + " " + d.region());
    }

    void publish(Programme p, boolean published, String username) {
        programmes.publish(p.id(), published);
        programmes.record(p.id(), username, published ? "programme.published" : "programme.unpublished", "");
    }

    void delete(Programme p, String username) {
        programmes.delete(p.id());
        programmes.record(p.id(), username, "programme.deleted", p.name());
    }

    void addMember(Programme p, MemberInput in, String username) {
        MemberRole role = PolicyInputs.choice("role", in.role(), MemberRole.class);
        String who = PolicyInputs.text("username", in.username(), 64, true).toLowerCase(Locale.ROOT);
        Role needed = role == MemberRole.OWNER ? Role.ANALYST : Role.ADVISER;
        boolean fits =
                accounts.user(who).map(u -> u.role() == needed && u.enabled()).orElse(false);
        if (!fits) {
            throw new PolicyInputException("username", "policy.error.member." + role, who);
        }
        programmes.addMember(p.id(), who, role);
        programmes.record(p.id(), username, "member.added", who + " " + role);
    }

    void removeMember(Programme p, String member, String username) {
        long owners = programmes.members(p.id()).stream()
                .filter(m -> m.role() == MemberRole.OWNER)
                .count();
        boolean isOwner = programmes
                .role(p.id(), member)
                .filter(r -> r == MemberRole.OWNER)
                .isPresent();
        if (isOwner && owners <= 1) {
            throw new PolicyInputException("username", "policy.error.lastOwner");
        }
        if (programmes.removeMember(p.id(), member)) {
            programmes.record(p.id(), username, "member.removed", member);
        }
    }

    void savePhase(Programme p, PhaseInput in, String username) {
        PhaseNote n = inputs.phase(in);
        if (n.year() < p.fromYear() || n.year() > p.toYear()) {
            throw new PolicyInputException("year", "policy.error.outsideProgramme", n.year(), p.fromYear(), p.toYear());
        }
        programmes.savePhase(p.id(), n);
        programmes.record(p.id(), username, "phase.saved", n.year() + " " + n.phase());
    }

    StoredMeasure addMeasure(Programme p, MeasureInput in, String username) {
        MeasureData d = inputs.measure(in, p.region());
        StoredMeasure m = content.addMeasure(p.id(), d);
        programmes.record(p.id(), username, "measure.added", m.id() + " " + d.name());
        return m;
    }

    boolean updateMeasure(Programme p, long measureId, MeasureInput in, String username) {
        MeasureData d = inputs.measure(in, p.region());
        boolean done = content.updateMeasure(p.id(), measureId, d);
        if (done) {
            programmes.record(p.id(), username, "measure.changed", measureId + " " + d.name());
        }
        return done;
    }

    boolean deleteMeasure(Programme p, long measureId, String username) {
        boolean done = content.deleteMeasure(p.id(), measureId);
        if (done) {
            programmes.record(p.id(), username, "measure.deleted", Long.toString(measureId));
        }
        return done;
    }

    /** @return empty when the measure is not the programme's */
    java.util.Optional<StoredIndicator> addIndicator(
            Programme p, long measureId, IndicatorInput in, String username, Locale locale) {
        List<IndicatorSource.Option> options = new ArrayList<>();
        sources.forEach(s -> options.addAll(s.options(locale)));
        var d = inputs.indicator(in, options);
        var i = content.addIndicator(p.id(), measureId, d);
        i.ifPresent(x -> programmes.record(p.id(), username, "indicator.added", x.id() + " " + d.metric()));
        return i;
    }

    boolean deleteIndicator(Programme p, long indicatorId, String username) {
        boolean done = content.deleteIndicator(p.id(), indicatorId);
        if (done) {
            programmes.record(p.id(), username, "indicator.deleted", Long.toString(indicatorId));
        }
        return done;
    }

    boolean putValue(Programme p, long indicatorId, ValueInput in, String username) {
        int year = PolicyInputs.year("year", in.year());
        if (in.value() == null || !Double.isFinite(in.value())) {
            throw new PolicyInputException("value", "policy.error.required");
        }
        boolean done = content.putValue(p.id(), indicatorId, year, in.value());
        if (done) {
            programmes.record(p.id(), username, "indicator.value", indicatorId + " " + year);
        }
        return done;
    }

    long addQuestion(Programme p, QuestionInput in, String username) {
        long id = content.addQuestion(p.id(), inputs.question(in));
        programmes.record(p.id(), username, "question.added", Long.toString(id));
        return id;
    }

    boolean updateQuestion(Programme p, long id, QuestionInput in, String username) {
        boolean done = content.updateQuestion(p.id(), id, inputs.question(in));
        if (done) {
            programmes.record(p.id(), username, "question.changed", Long.toString(id));
        }
        return done;
    }

    long addRecommendation(Programme p, RecommendationInput in, String username) {
        long id = content.addRecommendation(p.id(), inputs.recommendation(in));
        programmes.record(p.id(), username, "recommendation.added", Long.toString(id));
        return id;
    }

    boolean updateRecommendation(Programme p, long id, RecommendationInput in, String username) {
        boolean done = content.updateRecommendation(p.id(), id, inputs.recommendation(in));
        if (done) {
            programmes.record(p.id(), username, "recommendation.changed", Long.toString(id));
        }
        return done;
    }

    long addEvaluation(Programme p, EvaluationInput in, String username) {
        EvaluationData d = inputs.evaluation(in, p.region());
        if (MonitorIndicators.figure(d.indicator()).isEmpty()) {
            throw new PolicyInputException("indicator", "policy.error.unknownMetric", d.indicator());
        }
        if (d.measureId().isPresent()
                && content.measure(p.id(), d.measureId().get()).isEmpty()) {
            throw new PolicyInputException(
                    "measureId", "policy.error.unknownMeasure", d.measureId().get());
        }
        long id = content.addEvaluation(p.id(), d);
        programmes.record(p.id(), username, "evaluation.added", id + " " + d.indicator() + " " + d.region());
        return id;
    }

    boolean delete(Programme p, PolicyContentStore.Kind kind, long id, String username) {
        boolean done = content.delete(p.id(), kind, id);
        if (done) {
            programmes.record(p.id(), username, kind.name().toLowerCase(Locale.ROOT) + ".deleted", Long.toString(id));
        }
        return done;
    }

    List<IndicatorSource.Option> options(Locale locale) {
        List<IndicatorSource.Option> options = new ArrayList<>();
        sources.forEach(s -> options.addAll(s.options(locale)));
        return options;
    }

    static boolean isManual(IndicatorSource.Option o) {
        return o.kind() == IndicatorKind.MANUAL;
    }
}
