package nl.werkkracht.app.cli;

import java.util.Optional;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import picocli.CommandLine;

/** Converters for option values, with messages that say what is accepted. */
final class Options {

    private Options() {}

    static final class Labour implements CommandLine.ITypeConverter<LabourMeasure> {
        @Override
        public LabourMeasure convert(String value) {
            return LabourMeasure.parse(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException(
                            "'" + value + "' is not a labour measure: use HOURS, FTE, JOBS or PERSONS"));
        }
    }

    static final class Basis implements CommandLine.ITypeConverter<PriceBasis> {
        @Override
        public PriceBasis convert(String value) {
            Optional<PriceBasis> pb = PriceBasis.parse(value);
            if (pb.isEmpty() || pb.get().equals(PriceBasis.NONE)) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a price basis: use CP, PYP or CLVyyyy");
            }
            return pb.get();
        }
    }
}
