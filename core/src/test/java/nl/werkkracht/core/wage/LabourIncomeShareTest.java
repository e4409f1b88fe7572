package nl.werkkracht.core.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LabourIncomeShareTest {

    @Test
    void shouldImputeAverageEmployeeCompensationPerHourToSelfEmployed() {
        // COMP 600, GVA 1000, employee hours 80 of 100 in total:
        // imputed = 600/80 × (100 - 80) = 7.5 × 20 = 150;  AIQ = (600 + 150)/1000 = 0.75
        var aiq = LabourIncomeShare.of(600, 1_000, 80, 100);

        assertThat(aiq.compensation()).isCloseTo(600, within(1e-12));
        assertThat(aiq.imputedSelfEmployed()).isCloseTo(150, within(1e-12));
        assertThat(aiq.share().getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void shouldEqualCompensationTimesLabourRatioOverValueAdded() {
        // AIQ = COMP × (H_total / H_employees) / GVA = 455 × (130/91) / 812 = 650/812 = 0.800492610837438
        var aiq = LabourIncomeShare.of(455, 812, 91, 130);

        assertThat(aiq.share().getAsDouble()).isCloseTo(0.800492610837438, within(1e-12));
    }

    @Test
    void shouldImputeNothingWithoutSelfEmployed() {
        // 300 / 500 = 0.6
        var aiq = LabourIncomeShare.of(300, 500, 40, 40);

        assertThat(aiq.imputedSelfEmployed()).isZero();
        assertThat(aiq.share().getAsDouble()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void shouldLeaveShareUndefinedWhenValueAddedIsNotPositive() {
        assertThat(LabourIncomeShare.of(300, 0, 40, 50).share()).isEmpty();
        assertThat(LabourIncomeShare.of(300, -20, 40, 50).share()).isEmpty();
    }

    @Test
    void shouldRejectEmployeeLabourThatIsZeroOrExceedsTotal() {
        assertThatIllegalArgumentException().isThrownBy(() -> LabourIncomeShare.of(300, 500, 0, 50));
        assertThatIllegalArgumentException().isThrownBy(() -> LabourIncomeShare.of(300, 500, 60, 50));
    }

    @Test
    void shouldStateTheImputationConvention() {
        assertThat(LabourIncomeShare.IMPUTATION_NOTE_NL).contains("Zelfstandigen", "CPB/CBS");
        assertThat(LabourIncomeShare.IMPUTATION_NOTE_EN).contains("self-employed", "CPB/CBS");
    }
}
