package de.norderstedt.go.workshops.rest;

import java.util.Map;

/** The closing report: the workshop and its numbers (registrations and attendance per mode, questions, idea cards). */
public record ReportResponse(WorkshopResponse workshop, Map<String, Object> numbers) {
}
