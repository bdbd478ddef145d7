package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.ProgrammeContact;
import de.norderstedt.go.participants.repository.ProgrammeContactRepository;
import de.norderstedt.go.participants.rest.ContactRequest;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactService {

    private final ProgrammeContactRepository contacts;

    public ContactService(ProgrammeContactRepository contacts) {
        this.contacts = contacts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeContact> list() {
        return contacts.ordered();
    }

    @Transactional
    public ProgrammeContact create(@Valid @NotNull ContactRequest request) {
        ProgrammeContact contact = new ProgrammeContact();
        contact.id = UUID.randomUUID();
        apply(contact, request);
        contacts.persist(contact);
        return contact;
    }

    @Transactional
    public ProgrammeContact update(UUID id, @Valid @NotNull ContactRequest request) {
        ProgrammeContact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        apply(contact, request);
        return contact;
    }

    @Transactional
    public void delete(UUID id) {
        if (!contacts.deleteById(id)) {
            throw ProblemException.notFound("Contact", id);
        }
    }

    private static void apply(ProgrammeContact contact, ContactRequest request) {
        contact.role = request.role().strip();
        contact.organisation = request.organisation().strip();
        contact.publicEmail = request.publicEmail();
        contact.publicPhone = request.publicPhone();
        contact.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
        contact.updatedAt = Instant.now();
    }
}
