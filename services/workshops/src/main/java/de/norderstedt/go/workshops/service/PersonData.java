package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.mail.MailRecord;

import java.util.List;

/**
 * Everything the workshops service holds about one participant, for their one export (assembled
 * by participants): their registrations, the questions they asked, the questions they voted for,
 * and the mails queued here for them (before participants took them over).
 */
public record PersonData(List<OwnRegistration> registrations, List<OwnQuestion> questions, List<OwnQuestion> votes,
                         List<MailRecord> mails) {
}
