package nl.werkkracht.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;

/**
 * How the JSON API reads a decimal number: a JSON number as it is, and a JSON string ("4.150.000",
 * "29,5") by {@link NumberNotation} as a {@link NumberKind#DECIMAL}, so that "4.150" is refused as
 * ambiguous instead of silently becoming 4.15 (Jackson's own reading). A field of euros reads strings as
 * {@link NumberKind#AMOUNT} with {@code @JsonDeserialize(using = TypedNumberModule.Amount.class)}. A refused
 * string fails with a {@link Refused} exception that carries the field's path; {@link ApiProblems} turns it
 * into a problem detail naming the field.
 */
public final class TypedNumberModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public TypedNumberModule() {
        super("werkkracht-typed-numbers");
        addDeserializer(Double.class, new Reader(false, NumberKind.DECIMAL));
        addDeserializer(Double.TYPE, new Reader(true, NumberKind.DECIMAL));
    }

    /** A string that is not one number; the path says which field. */
    public static final class Refused extends JsonMappingException {

        private static final long serialVersionUID = 1L;

        private final transient TypedNumber.Refused refused;

        Refused(JsonParser parser, TypedNumber.Refused refused) {
            super(parser, "'" + refused.text() + "' is not one number (" + refused.reason() + ")");
            this.refused = refused;
        }

        public TypedNumber.Refused refused() {
            return refused;
        }
    }

    /** For a {@code Double} field of euros: {@code @JsonDeserialize(using = TypedNumberModule.Amount.class)}. */
    public static final class Amount extends Reader {
        public Amount() {
            super(false, NumberKind.AMOUNT);
        }
    }

    private static class Reader extends JsonDeserializer<Double> {

        private final boolean primitive;
        private final NumberKind kind;

        Reader(boolean primitive, NumberKind kind) {
            this.primitive = primitive;
            this.kind = kind;
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDoubleValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                TypedNumber read = NumberNotation.parse(p.getText(), kind);
                if (read instanceof TypedNumber.Value v) {
                    return v.value();
                }
                if (read instanceof TypedNumber.Refused r) {
                    throw new Refused(p, r);
                }
                return primitive ? (Double) context.handleUnexpectedToken(Double.TYPE, p) : null;
            }
            return (Double) context.handleUnexpectedToken(primitive ? Double.TYPE : Double.class, p);
        }

        @Override
        public Double getNullValue(DeserializationContext context) {
            return primitive ? 0.0 : null;
        }
    }
}
