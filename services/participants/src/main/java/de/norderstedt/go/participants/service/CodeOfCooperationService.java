package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.repository.CodeOfCooperationRepository;
import de.norderstedt.go.participants.rest.CodeOfCooperationRequest;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/** The versioned code of cooperation (Grundsätze der Zusammenarbeit). */
@ApplicationScoped
public class CodeOfCooperationService {

    private final CodeOfCooperationRepository codes;
    private final ParticipantService participants;
    private final ParticipantEventPublisher events;

    public CodeOfCooperationService(CodeOfCooperationRepository codes, ParticipantService participants,
                                    ParticipantEventPublisher events) {
        this.codes = codes;
        this.participants = participants;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeOfCooperation current() {
        return codes.current().orElseThrow(() -> new ProblemException(
                de.norderstedt.go.platform.problem.ProblemType.NOT_FOUND, "No code of cooperation is published yet"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeOfCooperation version(int version) {
        return codes.findByIdOptional(version).orElseThrow(() -> ProblemException.notFound("Code of cooperation version", version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CodeOfCooperation> all() {
        return codes.list("order by version");
    }

    /**
     * Publishes the next version. Every active ambassador becomes pending until they accept it.
     * The current row is locked so that two publications at once cannot take the same number.
     */
    @Transactional
    public CodeOfCooperation publish(@Valid @NotNull CodeOfCooperationRequest request, String publishedBy) {
        int next = codes.current()
                .map(c -> codes.getEntityManager().find(CodeOfCooperation.class, c.version, LockModeType.PESSIMISTIC_WRITE).version)
                .orElse(0) + 1;
        CodeOfCooperation code = new CodeOfCooperation();
        code.version = next;
        code.title = request.title().strip();
        code.preamble = request.preamble().strip();
        code.principles = request.principles().stream()
                .map(g -> new CodeOfCooperation.PrincipleGroup(g.heading().strip(), g.principles().stream().map(String::strip).toList()))
                .toList();
        code.publishedAt = de.norderstedt.go.platform.model.Timestamps.now();
        code.publishedBy = publishedBy;
        codes.persist(code);
        codes.flush();
        events.codeOfCooperationPublished(code);
        participants.requireNewConsent(next);
        return code;
    }
}
