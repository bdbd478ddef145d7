package de.norderstedt.go.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the services do not take although it is of the right type (text with control
 * characters, a date in the year 300000); the problem mapper names the field it was in.
 */
public class RefusedValueException extends MismatchedInputException {

    RefusedValueException(JsonParser parser, String message, Class<?> type) {
        super(parser, message, type);
    }
}
