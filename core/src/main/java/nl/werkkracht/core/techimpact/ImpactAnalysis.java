package nl.werkkracht.core.techimpact;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The technology impact analysis of one application against an organisation's roles (METHODS.md §16).
 *
 * @param application the application analysed
 * @param assumptions the assumptions of the potential range
 * @param roles per role, in the order given
 */
public record ImpactAnalysis(TechnologyApplication application, Assumptions assumptions, List<RoleImpact> roles) {

    public ImpactAnalysis {
        roles = List.copyOf(roles);
    }

    /**
     * The organisation's exposure: the mean of the roles' exposure weighted by the hours worked in each role
     * (§16); empty when no role has hours.
     */
    public OptionalDouble organisationExposure() {
        double hours = roles.stream().mapToDouble(RoleImpact::hoursPerYear).sum();
        if (!(hours > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                roles.stream().mapToDouble(r -> r.hoursPerYear() * r.mean()).sum() / hours);
    }

    /** Hours per year in which the application changes the work, over all roles. */
    public double hoursConcerned() {
        return roles.stream().mapToDouble(RoleImpact::hoursConcerned).sum();
    }

    /** What the application could free over all roles: a range, not a saving. */
    public HoursRange potential() {
        return roles.stream().map(RoleImpact::potential).reduce(HoursRange.ZERO, HoursRange::plus);
    }

    /** The roles the application touches. */
    public List<RoleImpact> affected() {
        return roles.stream().filter(RoleImpact::affected).toList();
    }
}
