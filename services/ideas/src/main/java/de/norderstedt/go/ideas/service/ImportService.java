package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.config.IdeasConfig;
import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.repository.CardBatchWriter;
import de.norderstedt.go.ideas.repository.ImportRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Imports the cards of a workshop from CSV or JSON. The file is read as a stream, card by card
 * ({@link CardReader}), checked ({@link CardValidator}) and written in JDBC batches
 * ({@link CardBatchWriter}) inside one transaction: any invalid row rolls the whole file back (and
 * is named in the answer), memory stays flat for 50,000 cards, and the same file imported again
 * creates nothing new.
 */
@ApplicationScoped
public class ImportService {

    private final CardReader reader;
    private final CardValidator validator;
    private final CardBatchWriter writer;
    private final ImportRepository imports;
    private final IdeaEventPublisher events;
    private final IdeasConfig config;

    public ImportService(CardReader reader, CardValidator validator, CardBatchWriter writer, ImportRepository imports,
                         IdeaEventPublisher events, IdeasConfig config) {
        this.reader = reader;
        this.validator = validator;
        this.writer = writer;
        this.imports = imports;
        this.events = events;
        this.config = config;
    }

    @Transactional
    public ImportResult importCsv(InputStream body, Charset charset, UUID workshopId, String importedBy) {
        requireWorkshop(workshopId);
        return reader.csv(body, charset, cards -> importCards(cards, workshopId, importedBy));
    }

    @Transactional
    public ImportResult importJson(InputStream body, UUID workshopId, String importedBy) {
        requireWorkshop(workshopId);
        return reader.json(body, cards -> importCards(cards, workshopId, importedBy));
    }

    private static void requireWorkshop(UUID workshopId) {
        if (workshopId == null) {
            throw ProblemException.invalid("workshopId", "is required: the workshop the cards come from");
        }
    }

    private ImportResult importCards(Iterator<RawCard> cards, UUID workshopId, String importedBy) {
        UUID importId = UUID.randomUUID();
        Instant now = Timestamps.now();
        CardValidator.ValidCards valid = validator.check(cards, workshopId);
        CardBatchWriter.Written written = writer.insert(valid, workshopId, now, config.importBatchSize());
        List<Problem.Violation> errors = valid.errors();
        if (valid.rows() == 0 && errors.isEmpty()) {
            throw ProblemException.invalid("body", "the file has no cards");
        }
        if (!errors.isEmpty()) {
            // Roll back everything written so far: all or nothing per file.
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + (errors.size() >= CardValidator.MAX_REPORTED_ERRORS ? "+" : "")
                    + " rows are not valid; nothing was imported", errors, List.of());
        }
        imports.record(importId, workshopId, written.created(), written.unchanged(), importedBy, now);
        events.imported(importId, workshopId, written.created(), written.unchanged());
        return new ImportResult(importId, valid.rows(), written.created(), written.unchanged());
    }
}
