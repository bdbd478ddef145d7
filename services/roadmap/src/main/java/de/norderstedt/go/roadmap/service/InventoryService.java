package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.Indicator;
import de.norderstedt.go.roadmap.model.InventoryItem;
import de.norderstedt.go.roadmap.repository.IndicatorRepository;
import de.norderstedt.go.roadmap.repository.InventoryItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The strategy house (existing initiatives) and the indicators: the city's key figures as time series. */
@ApplicationScoped
public class InventoryService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final InventoryItemRepository items;
    private final IndicatorRepository indicators;

    public InventoryService(InventoryItemRepository items, IndicatorRepository indicators) {
        this.items = items;
        this.indicators = indicators;
    }

    /**
     * One page of the strategy house, by area of life (in the order of {@link AreaOfLife}) and
     * name, after the keyset {@code (areaOfLife, name, id)}; {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InventoryItem> inventory(AreaOfLife afterArea, String afterName, UUID afterId, int limit) {
        return items.page(afterArea, afterName, afterId, limit);
    }

    @Transactional
    public InventoryItem add(InventoryEntry entry) {
        InventoryItem i = new InventoryItem();
        i.id = UUID.randomUUID();
        i.createdAt = Timestamps.now();
        apply(i, entry);
        items.persist(i);
        return i;
    }

    @Transactional
    public InventoryItem change(UUID id, InventoryEntry entry) {
        InventoryItem i = items.findById(id);
        if (i == null) {
            throw ProblemException.notFound("Inventory item", id);
        }
        apply(i, entry);
        return i;
    }

    private static void apply(InventoryItem i, InventoryEntry e) {
        i.name = e.name().strip();
        i.description = Texts.blankToNull(e.description());
        i.areaOfLife = e.areaOfLife();
        i.owner = e.owner().strip();
        i.link = Texts.blankToNull(e.link());
        i.status = e.status();
        i.updatedAt = Timestamps.now();
    }

    /** One page of the indicators in the order they were defined, after the keyset {@code (createdAt, key)}; {@code limit + 1} rows. */
    @Transactional
    public List<IndicatorSeries> indicators(Instant afterCreatedAt, String afterKey, int limit) {
        return indicators.page(afterCreatedAt, afterKey, limit).stream()
                .map(i -> new IndicatorSeries(i, values(i.key))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorSeries indicator(String key) {
        Indicator i = indicators.findById(key);
        if (i == null) {
            throw ProblemException.notFound("Indicator", key);
        }
        return new IndicatorSeries(i, values(key));
    }

    private List<IndicatorSeries.Value> values(String key) {
        return indicators.values(key).stream().map(o -> new IndicatorSeries.Value(o.observedOn(), o.value(), o.note())).toList();
    }

    /** Creates or replaces an indicator's description; its values stay. */
    @Transactional
    public IndicatorSeries defineIndicator(String key, IndicatorDefinition definition) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid("key", "lower-case letters, digits and dashes, at most 60");
        }
        indicators.define(key, definition.title().strip(), Texts.blankToNull(definition.description()),
                Texts.blankToNull(definition.unit()), definition.higherIsBetter(), Texts.blankToNull(definition.source()));
        return indicator(key);
    }

    /** Records (or corrects) the value observed on a date. */
    @Transactional
    public IndicatorSeries record(String key, LocalDate observedOn, BigDecimal value, String note) {
        indicator(key);
        indicators.record(key, observedOn, value, Texts.blankToNull(note));
        return indicator(key);
    }
}
