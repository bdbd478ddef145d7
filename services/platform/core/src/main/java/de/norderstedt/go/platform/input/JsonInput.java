package de.norderstedt.go.platform.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The JSON rules every request body follows, so that what the database cannot hold is a 400
 * naming the field: every string passes {@link Text} (PostgreSQL refuses NUL), a date lies in the
 * years 1 to 9999 (PostgreSQL's timestamps end in 294276), and a list never holds {@code null}
 * ({@code "principles": [null]} is a 400 on {@code principles[0]}).
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;
    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("norderstedt-go-input");
        module.addDeserializer(String.class, new SafeStrings());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return DATES.contains(description.getBeanClass()) ? new YearRange(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    static final class SafeStrings extends StdScalarDeserializer<String> {

        SafeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = Text.problem(value, true);
            if (problem != null) {
                throw new RefusedValueException(parser, problem, String.class);
            }
            return value;
        }
    }

    static final class YearRange extends DelegatingDeserializer {

        YearRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            int year = yearOf(value);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new RefusedValueException(parser, "must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR, value.getClass());
            }
            return value;
        }

        private static int yearOf(Object value) {
            if (value instanceof LocalDate d) {
                return d.getYear();
            } else if (value instanceof LocalDateTime d) {
                return d.getYear();
            } else if (value instanceof OffsetDateTime d) {
                return d.getYear();
            } else if (value instanceof ZonedDateTime d) {
                return d.getYear();
            } else if (value instanceof Instant i) {
                return i.atOffset(ZoneOffset.UTC).getYear();
            }
            return FIRST_YEAR;
        }
    }
}
