package nl.werkkracht.core.routeplan;

import static nl.werkkracht.core.routeplan.TestCatalogue.intervention;
import static nl.werkkracht.core.routeplan.TestCatalogue.neutral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void shouldRefuseTheSameIdTwice() {
        Intervention a = intervention("same", Route.EMPLOYEE, "any: turnover > 12", neutral());

        assertThatThrownBy(() -> new Catalogue(1, TestCatalogue.GUARD, List.of(a, a)))
                .hasMessageContaining("intervention id same occurs more than once");
    }

    @Test
    void shouldRefuseInvalidIdsMissingTextsAndOutOfRangeEffects() {
        assertThatThrownBy(() -> intervention("Bad Id", Route.EMPLOYEE, "any: turnover > 12", neutral()))
                .hasMessageContaining("'Bad Id'");
        assertThatThrownBy(() -> new Text("alleen Nederlands", " "))
                .hasMessageContaining("both Dutch (nl) and English (en)");
        assertThatThrownBy(() -> new Effects(2, 0, 0, 0)).hasMessageContaining("autonomy");
        assertThatThrownBy(() -> new Selection(List.of(), List.of())).hasMessageContaining("at least one condition");
    }

    @Test
    void shouldFindInterventionsByIdAndRoute() {
        Catalogue catalogue = TestCatalogue.of(
                intervention("a", Route.EMPLOYEE, "any: turnover > 12", neutral()),
                intervention("b", Route.TECHNOLOGY, "any: tech.tools < 50", neutral()));

        assertThat(catalogue.find("b")).map(Intervention::route).contains(Route.TECHNOLOGY);
        assertThat(catalogue.find("c")).isEmpty();
        assertThat(catalogue.of(Route.EMPLOYEE)).extracting(Intervention::id).containsExactly("a");
    }

    @Test
    void shouldTreatHealthAsLowWhenAbsenteeismIsHigh() {
        RoutePlanInput input = RoutePlanInput.builder()
                .absenteeism(7.0)
                .scale("people.vitality", 70)
                .build();

        assertThat(TestCatalogue.GUARD.evidence(GuardedDimension.HEALTH, input))
                .extracting(c -> c.condition().text())
                .containsExactly("absenteeism > 5.5");
        assertThat(TestCatalogue.GUARD.measured(GuardedDimension.AUTONOMY, input))
                .isFalse();
    }
}
