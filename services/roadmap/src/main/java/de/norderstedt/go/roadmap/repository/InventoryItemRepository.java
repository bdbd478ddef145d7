package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.platform.repository.SqlArrays;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryItem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InventoryItemRepository implements PanacheRepositoryBase<InventoryItem, UUID> {

    /** The areas of life in the strategy house's order, as the array {@code array_position} finds an area's place in. */
    private static final String AREAS = SqlArrays.literal(Arrays.stream(AreaOfLife.values()).map(Enum::name).toList());

    /**
     * One page of the strategy house: by area of life in the order of {@link AreaOfLife}, then by
     * name, after the keyset {@code (areaOfLife, name, id)}; fetches {@code limit + 1} rows.
     */
    @SuppressWarnings("unchecked")
    public List<InventoryItem> page(AreaOfLife afterArea, String afterName, UUID afterId, int limit) {
        String place = "array_position(cast(:areas as text[]), area_of_life)";
        StringBuilder sql = new StringBuilder("select * from inventory_item");
        if (afterId != null) {
            sql.append(" where (").append(place).append(", name, id) > (:afterPlace, :afterName, :afterId)");
        }
        sql.append(" order by ").append(place).append(", name, id limit :rows");
        var query = getEntityManager().createNativeQuery(sql.toString(), InventoryItem.class)
                .setParameter("areas", AREAS).setParameter("rows", limit + 1);
        if (afterId != null) {
            query.setParameter("afterPlace", afterArea.ordinal() + 1).setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }
}
