package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.model.InventoryItem;
import de.norderstedt.go.roadmap.rest.InventoryRequests.IndicatorRequest;
import de.norderstedt.go.roadmap.rest.InventoryRequests.InventoryRequest;
import de.norderstedt.go.roadmap.rest.InventoryRequests.ValueRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The strategy house (existing initiatives) and the indicators: the city's key figures as time series. */
@ApplicationScoped
public class InventoryService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public record Indicator(String key, String title, String description, String unit, boolean higherIsBetter, String source,
                            List<Value> values) {
    }

    public record Value(LocalDate observedOn, BigDecimal value, String note) {
    }

    private final EntityManager em;

    public InventoryService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InventoryItem> inventory() {
        return em.createQuery("from InventoryItem i order by i.areaOfLife, i.name, i.id", InventoryItem.class).getResultList();
    }

    @Transactional
    public InventoryItem add(InventoryRequest request) {
        InventoryItem i = new InventoryItem();
        i.id = UUID.randomUUID();
        i.createdAt = Timestamps.now();
        apply(i, request);
        em.persist(i);
        return i;
    }

    @Transactional
    public InventoryItem change(UUID id, InventoryRequest request) {
        InventoryItem i = em.find(InventoryItem.class, id);
        if (i == null) {
            throw ProblemException.notFound("Inventory item", id);
        }
        apply(i, request);
        return i;
    }

    private static void apply(InventoryItem i, InventoryRequest r) {
        i.name = r.name().strip();
        i.description = Texts.blankToNull(r.description());
        i.areaOfLife = r.areaOfLife();
        i.owner = r.owner().strip();
        i.link = Texts.blankToNull(r.link());
        i.status = r.status();
        i.updatedAt = Timestamps.now();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> indicators() {
        List<?> rows = em.createNativeQuery("select key from indicator order by created_at, key").getResultList();
        return rows.stream().map(k -> indicator((String) k)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator indicator(String key) {
        List<?> rows = em.createNativeQuery("select key, title, description, unit, higher_is_better, source from indicator where key = ?1")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Indicator", key);
        }
        Object[] r = (Object[]) rows.get(0);
        List<?> values = em.createNativeQuery("select observed_on, value, note from indicator_value where indicator_key = ?1 order by observed_on")
                .setParameter(1, key).getResultList();
        List<Value> series = new ArrayList<>();
        for (Object o : values) {
            Object[] v = (Object[]) o;
            series.add(new Value(v[0] instanceof LocalDate d ? d : ((Date) v[0]).toLocalDate(), new BigDecimal(((BigDecimal) v[1]).stripTrailingZeros().toPlainString()), (String) v[2]));
        }
        return new Indicator((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], (String) r[5], series);
    }

    /** Creates or replaces an indicator's description; its values stay. */
    @Transactional
    public Indicator defineIndicator(String key, IndicatorRequest request) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid("key", "lower-case letters, digits and dashes, at most 60");
        }
        em.createNativeQuery("""
                        insert into indicator (key, title, description, unit, higher_is_better, source, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (key) do update set title = excluded.title, description = excluded.description, unit = excluded.unit,
                            higher_is_better = excluded.higher_is_better, source = excluded.source""")
                .setParameter(1, key).setParameter(2, request.title().strip()).setParameter(3, Texts.blankToNull(request.description()))
                .setParameter(4, Texts.blankToNull(request.unit())).setParameter(5, request.higherIsBetter())
                .setParameter(6, Texts.blankToNull(request.source())).executeUpdate();
        return indicator(key);
    }

    /** Records (or corrects) the value observed on a date. */
    @Transactional
    public Indicator record(String key, ValueRequest request) {
        indicator(key);
        em.createNativeQuery("""
                        insert into indicator_value (indicator_key, observed_on, value, note) values (?1, ?2, ?3, ?4)
                        on conflict (indicator_key, observed_on) do update set value = excluded.value, note = excluded.note""")
                .setParameter(1, key).setParameter(2, Date.valueOf(request.observedOn())).setParameter(3, request.value())
                .setParameter(4, Texts.blankToNull(request.note())).executeUpdate();
        return indicator(key);
    }
}
