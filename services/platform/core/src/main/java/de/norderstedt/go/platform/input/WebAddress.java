package de.norderstedt.go.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A link people will click (a stream, a meeting, a document): an absolute URI (RFC 3986, so no
 * spaces) with one of {@link #schemes()} and a host, and without user information
 * ({@code https://norderstedt.de@evil.example}). Null is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    String message() default "must be an http(s) URL";

    String[] schemes() default {"http", "https"};

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebAddress, String> {

        private String[] schemes;

        @Override
        public void initialize(WebAddress annotation) {
            schemes = annotation.schemes();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value, schemes);
        }

        public static boolean valid(String value, String... schemes) {
            try {
                URI uri = new URI(value);
                return uri.isAbsolute() && uri.getScheme() != null
                        && Arrays.asList(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT))
                        && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
