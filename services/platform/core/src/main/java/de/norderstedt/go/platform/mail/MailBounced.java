package de.norderstedt.go.platform.mail;

/**
 * Fired (CDI, synchronously, on the mail relay's thread) when the SMTP server refuses an address
 * for good (a permanent 5xx reply): the service that holds the address marks it.
 */
public record MailBounced(String address) {
}
