package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.DuplicatePair;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaSort;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SimilarIdea;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The lists of ideas: filtered and searched, the wall, the ranking, similar ideas and duplicate candidates. */
@ApplicationScoped
public class IdeaListingService {

    private static final Set<IdeaStatus> RANKED = EnumSet.of(IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, IdeaStatus.CLASSIFIED);

    private final IdeaRepository ideas;
    private final CurrentUser user;

    public IdeaListingService(IdeaRepository ideas, CurrentUser user) {
        this.ideas = ideas;
        this.user = user;
    }

    /**
     * One page of ideas. Withdrawn and rejected ones are listed to the staff only. Without a
     * {@code sort}: newest first, or best match first when searching.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Idea> list(IdeaFilter filter, IdeaSort sort, Cursor after, int limit) {
        IdeaStatus status = filter.status();
        if (status != null && !IdeaVisibility.PUBLISHED.contains(status) && !user.isStaff()) {
            throw ProblemException.invalid("status", "withdrawn and rejected ideas are listed for the programme team only");
        }
        String query = filter.query() == null || filter.query().isBlank() ? null : filter.query().strip();
        IdeaSort order = sort != null ? sort : query != null ? IdeaSort.RELEVANCE : IdeaSort.NEWEST;
        if (order == IdeaSort.RELEVANCE && query == null) {
            throw ProblemException.invalid("sort", "RELEVANCE needs a search text (?q=)");
        }
        IdeaRepository.Filter where = new IdeaRepository.Filter(filter.actionField(), filter.kind(),
                status == null ? IdeaService.OPEN : Set.of(status), filter.workshopId(), filter.tag(),
                filter.classification(), filter.withinInfluence(), query);
        return page(where, order, after, limit, query);
    }

    /** Ideas in review, assessed and classified by their score, best first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Idea> ranking(ActionField actionField, Boolean withinInfluence, Cursor after, int limit) {
        IdeaRepository.Filter where = new IdeaRepository.Filter(actionField, null, RANKED, null, null, null, withinInfluence, null);
        return page(where, IdeaSort.SCORE, after, limit, null);
    }

    private Page<Idea> page(IdeaRepository.Filter where, IdeaSort order, Cursor after, int limit, String query) {
        List<Idea> rows = ideas.page(where, order, after == null ? null : after.expect(2), limit);
        return Page.of(rows, limit, i -> i, i -> switch (order) {
            case NEWEST -> Cursor.of(i.createdAt, i.id);
            case SUPPORTS -> Cursor.of(i.supportCount, i.id);
            case SCORE -> Cursor.of(i.score, i.id);
            case RELEVANCE -> Cursor.of(ideas.rank(i.id, query), i.id);
        });
    }

    /** All four action fields with their counts (per status) and their newest {@code perField} ideas. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IdeaWall wall(IdeaStatus status, int perField) {
        if (status != null && !IdeaVisibility.PUBLISHED.contains(status)) {
            throw ProblemException.invalid("status", "the wall shows published ideas only");
        }
        Set<IdeaStatus> statuses = status == null ? IdeaService.OPEN : Set.of(status);
        Map<ActionField, Map<IdeaStatus, Long>> counts = new LinkedHashMap<>();
        for (ActionField f : ActionField.values()) {
            counts.put(f, new LinkedHashMap<>());
        }
        ideas.wallCounts(statuses).forEach(c -> counts.get(c.actionField()).put(c.status(), c.count()));
        List<Idea> newest = perField == 0 ? List.of() : ideas.wallIdeas(statuses, perField);
        List<IdeaWall.Field> fields = new ArrayList<>();
        long total = 0;
        for (ActionField f : ActionField.values()) {
            long count = counts.get(f).values().stream().mapToLong(Long::longValue).sum();
            total += count;
            fields.add(new IdeaWall.Field(f, count, counts.get(f), newest.stream().filter(i -> i.actionField == f).toList()));
        }
        return new IdeaWall(total, fields);
    }

    /** Open ideas that look like {@code text}, best first: what the website suggests while someone types a new idea. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SimilarIdea> similar(String text, ActionField actionField, Cursor after, int limit) {
        List<SimilarIdea> rows = ideas.similar(text.strip(), actionField, IdeaService.OPEN, after == null ? null : after.expect(3), limit);
        return Page.of(rows, limit, s -> s, s -> Cursor.of((float) s.similarity(), s.supportCount(), s.id()));
    }

    /** Pairs of open ideas that may be duplicates, most similar first; {@code ideaId}: only pairs with that idea. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DuplicatePair> duplicateCandidates(ActionField actionField, UUID ideaId, Cursor after, int limit) {
        List<DuplicatePair> rows = ideas.duplicateCandidates(actionField, ideaId, after == null ? null : after.expect(3), limit);
        return Page.of(rows, limit, p -> p, p -> Cursor.of((float) p.similarity(), p.ideaId(), p.otherId()));
    }
}
