package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The indicators and their values ({@code indicator_value}, part of the indicator). */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** A value of an indicator as observed on a date. */
    public record Observation(LocalDate observedOn, BigDecimal value, String note) {
    }

    /**
     * One page in the order the indicators were defined, after the keyset {@code (createdAt, key)};
     * fetches {@code limit + 1} rows. Native: {@code key} is a word of the query language.
     */
    @SuppressWarnings("unchecked")
    public List<Indicator> page(Instant afterCreatedAt, String afterKey, int limit) {
        String where = afterKey == null ? "" : " where (created_at, key) > (:afterCreatedAt, :afterKey)";
        var query = getEntityManager().createNativeQuery("select * from indicator" + where + " order by created_at, key limit :rows",
                        Indicator.class)
                .setParameter("rows", limit + 1);
        if (afterKey != null) {
            query.setParameter("afterCreatedAt", afterCreatedAt).setParameter("afterKey", afterKey);
        }
        return query.getResultList();
    }

    /** The indicator's values in time order (trailing zeros of the stored decimals dropped). */
    public List<Observation> values(String key) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select observed_on, value, note from indicator_value where indicator_key = ?1 order by observed_on")
                .setParameter(1, key).getResultList();
        List<Observation> series = new ArrayList<>();
        for (Object o : rows) {
            Object[] v = (Object[]) o;
            series.add(new Observation(v[0] instanceof LocalDate d ? d : ((Date) v[0]).toLocalDate(),
                    new BigDecimal(((BigDecimal) v[1]).stripTrailingZeros().toPlainString()), (String) v[2]));
        }
        return series;
    }

    /** Creates or replaces an indicator's description; its values stay. */
    public void define(String key, String title, String description, String unit, boolean higherIsBetter, String source) {
        getEntityManager().createNativeQuery("""
                        insert into indicator (key, title, description, unit, higher_is_better, source, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (key) do update set title = excluded.title, description = excluded.description, unit = excluded.unit,
                            higher_is_better = excluded.higher_is_better, source = excluded.source""")
                .setParameter(1, key).setParameter(2, title).setParameter(3, description).setParameter(4, unit)
                .setParameter(5, higherIsBetter).setParameter(6, source).executeUpdate();
    }

    /** Records (or corrects) the value observed on a date. */
    public void record(String key, LocalDate observedOn, BigDecimal value, String note) {
        getEntityManager().createNativeQuery("""
                        insert into indicator_value (indicator_key, observed_on, value, note) values (?1, ?2, ?3, ?4)
                        on conflict (indicator_key, observed_on) do update set value = excluded.value, note = excluded.note""")
                .setParameter(1, key).setParameter(2, Date.valueOf(observedOn)).setParameter(3, value).setParameter(4, note)
                .executeUpdate();
    }
}
