package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.AgeGroup;
import de.norderstedt.go.participants.model.District;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.participants.service.DiversityStatistics.Cell;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Diversity statistics with small-cell suppression, so that no single person can be picked out. */
@ApplicationScoped
public class StatisticsService {

    public static final int MINIMUM_CELL_SIZE = 5;
    static final String NOT_GIVEN = "NOT_GIVEN";

    private final ParticipantRepository participants;

    public StatisticsService(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DiversityStatistics compute() {
        long total = participants.countNotErased();
        return new DiversityStatistics(
                cell("TOTAL", total),
                MINIMUM_CELL_SIZE,
                partition(participants.countBy("type"), names(ParticipantType.values())),
                partition(participants.countBy("district"), names(District.values())),
                partition(participants.countBy("ageGroup"), names(AgeGroup.values())),
                cells(participants.countByInterest(), names(ActionField.values())));
    }

    /**
     * Cells of a dimension that splits everyone into disjoint groups. Where exactly one cell is
     * suppressed, the total minus the others would reveal it, so the next smallest non-empty cell
     * is suppressed too.
     */
    static List<Cell> partition(Map<String, Long> counts, List<String> keys) {
        List<String> allKeys = new ArrayList<>(keys);
        allKeys.add(NOT_GIVEN);
        Map<String, Long> withNotGiven = new HashMap<>(counts);
        Long missing = withNotGiven.remove(null);
        if (missing != null) {
            withNotGiven.merge(NOT_GIVEN, missing, Long::sum);
        }
        List<Cell> cells = cells(withNotGiven, allKeys);
        long suppressed = cells.stream().filter(Cell::suppressed).count();
        if (suppressed == 1) {
            cells.stream()
                    .filter(c -> !c.suppressed() && c.count() != null && c.count() > 0)
                    .min(Comparator.comparingLong(Cell::count))
                    .ifPresent(smallest -> cells.set(cells.indexOf(smallest), new Cell(smallest.key(), null, true)));
        }
        return cells;
    }

    static List<Cell> cells(Map<String, Long> counts, List<String> keys) {
        List<Cell> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(cell(key, counts.getOrDefault(key, 0L)));
        }
        return cells;
    }

    private static Cell cell(String key, long count) {
        boolean suppress = count > 0 && count < MINIMUM_CELL_SIZE;
        return new Cell(key, suppress ? null : count, suppress);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
