package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.service.PersonData;

import java.util.List;

/**
 * Everything the workshops service holds about one participant, for the one export participants
 * assembles: registrations, questions asked, questions voted for, mails queued here for them.
 */
public record PersonDataResponse(List<OwnRegistrationResponse> registrations, List<OwnQuestionResponse> questions,
                                 List<OwnVoteResponse> votes, List<MailRecordResponse> mails) {

    static PersonDataResponse of(PersonData data) {
        return new PersonDataResponse(data.registrations().stream().map(OwnRegistrationResponse::of).toList(),
                data.questions().stream().map(OwnQuestionResponse::of).toList(),
                data.votes().stream().map(OwnVoteResponse::of).toList(),
                data.mails().stream().map(MailRecordResponse::of).toList());
    }
}
