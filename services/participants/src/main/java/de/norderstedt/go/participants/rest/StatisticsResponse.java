package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.DiversityStatistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Diversity statistics over all registered (not erased) participants. A cell with fewer than
 * {@code minimumCellSize} people is suppressed (count null), and so is the next smallest cell of
 * the same dimension where otherwise the total would give the suppressed one away.
 */
@Schema(name = "Statistics")
public record StatisticsResponse(Cell total, int minimumCellSize, List<Cell> byType, List<Cell> byDistrict,
                                 List<Cell> byAgeGroup,
                                 @Schema(description = "People can name several interests, so these do not add up to the total")
                                 List<Cell> byInterest) {

    public record Cell(@Schema(description = "The value counted; NOT_GIVEN where people left it empty") String key,
                       @Schema(nullable = true) Long count, boolean suppressed) {

        static Cell of(DiversityStatistics.Cell cell) {
            return new Cell(cell.key(), cell.count(), cell.suppressed());
        }

        static List<Cell> all(List<DiversityStatistics.Cell> cells) {
            return cells.stream().map(Cell::of).toList();
        }
    }

    public static StatisticsResponse of(DiversityStatistics s) {
        return new StatisticsResponse(Cell.of(s.total()), s.minimumCellSize(), Cell.all(s.byType()), Cell.all(s.byDistrict()),
                Cell.all(s.byAgeGroup()), Cell.all(s.byInterest()));
    }
}
