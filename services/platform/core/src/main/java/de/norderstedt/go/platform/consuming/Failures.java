package de.norderstedt.go.platform.consuming;

/** How a failed event is described in its dead letter. */
final class Failures {

    private Failures() {
    }

    /** The innermost message, which names what went wrong rather than where. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
