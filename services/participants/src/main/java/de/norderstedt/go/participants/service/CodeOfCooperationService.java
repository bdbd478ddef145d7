package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.repository.CodeOfCooperationRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The versioned code of cooperation (Grundsätze der Zusammenarbeit). */
@ApplicationScoped
public class CodeOfCooperationService {

    private final CodeOfCooperationRepository codes;
    private final ConsentService consents;
    private final ParticipantEventPublisher events;

    public CodeOfCooperationService(CodeOfCooperationRepository codes, ConsentService consents, ParticipantEventPublisher events) {
        this.codes = codes;
        this.consents = consents;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeOfCooperation current() {
        return codes.current().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No code of cooperation is published yet"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeOfCooperation version(int version) {
        return codes.findByIdOptional(version).orElseThrow(() -> ProblemException.notFound("Code of cooperation version", version));
    }

    /**
     * One page of every version ever published, oldest first, after {@code afterVersion} (null for
     * the first page): {@code limit + 1} rows, the last only telling that there is more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CodeOfCooperation> versions(Integer afterVersion, int limit) {
        return codes.page(afterVersion, limit);
    }

    /**
     * Publishes the next version. Every active ambassador becomes pending until they accept it, and is told by mail.
     * The current row is locked so that two publications at once cannot take the same number.
     */
    @Transactional
    public CodeOfCooperation publish(CodeOfCooperationDraft draft, String publishedBy) {
        int next = codes.currentLocked().map(c -> c.version).orElse(0) + 1;
        CodeOfCooperation code = new CodeOfCooperation();
        code.version = next;
        code.title = draft.title().strip();
        code.preamble = draft.preamble().strip();
        code.principles = draft.principles().stream()
                .map(g -> new CodeOfCooperation.PrincipleGroup(g.heading().strip(), g.principles().stream().map(String::strip).toList()))
                .toList();
        code.publishedAt = Timestamps.now();
        code.publishedBy = publishedBy;
        codes.persist(code);
        codes.flush();
        events.codeOfCooperationPublished(code);
        consents.requireNewConsent(code);
        return code;
    }
}
