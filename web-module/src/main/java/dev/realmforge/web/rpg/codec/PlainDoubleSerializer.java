package dev.realmforge.web.rpg.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes a JSON double in plain notation: 1706832000.123 rather than 1.706832000123E9. */
final class PlainDoubleSerializer extends StdSerializer<Double> {

    PlainDoubleSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value.isNaN() || value.isInfinite()) {
            gen.writeNumber(value);
        } else {
            gen.writeNumber(BigDecimal.valueOf(value).toPlainString());
        }
    }
}
