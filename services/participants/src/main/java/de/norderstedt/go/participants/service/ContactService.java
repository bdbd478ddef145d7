package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.ProgrammeContact;
import de.norderstedt.go.participants.repository.ProgrammeContactRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The programme's public contacts: offices and their channels, kept by admins. */
@ApplicationScoped
public class ContactService {

    private final ProgrammeContactRepository contacts;

    public ContactService(ProgrammeContactRepository contacts) {
        this.contacts = contacts;
    }

    /**
     * One page in the order they are shown, after the keyset {@code (sortOrder, role, id)}:
     * {@code limit + 1} rows, the last only telling that there is more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeContact> page(Integer afterSortOrder, String afterRole, UUID afterId, int limit) {
        return contacts.page(afterSortOrder, afterRole, afterId, limit);
    }

    @Transactional
    public ProgrammeContact create(ContactDetails details) {
        ProgrammeContact contact = new ProgrammeContact();
        contact.id = UUID.randomUUID();
        apply(contact, details);
        contacts.persist(contact);
        return contact;
    }

    @Transactional
    public ProgrammeContact update(UUID id, ContactDetails details) {
        ProgrammeContact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        apply(contact, details);
        return contact;
    }

    @Transactional
    public void delete(UUID id) {
        if (!contacts.deleteById(id)) {
            throw ProblemException.notFound("Contact", id);
        }
    }

    private static void apply(ProgrammeContact contact, ContactDetails details) {
        contact.role = details.role().strip();
        contact.organisation = details.organisation().strip();
        contact.publicEmail = details.publicEmail();
        contact.publicPhone = details.publicPhone();
        contact.sortOrder = details.sortOrder() == null ? 0 : details.sortOrder();
        contact.updatedAt = Timestamps.now();
    }
}
