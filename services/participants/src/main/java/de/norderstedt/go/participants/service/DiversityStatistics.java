package de.norderstedt.go.participants.service;

import java.util.List;

/**
 * Diversity statistics over all registered (not erased) participants. A cell with fewer than
 * {@code minimumCellSize} people is suppressed (count null), and so is the next smallest cell of
 * the same dimension where otherwise the total would give the suppressed one away.
 */
public record DiversityStatistics(Cell total, int minimumCellSize, List<Cell> byType, List<Cell> byDistrict,
                                  List<Cell> byAgeGroup, List<Cell> byInterest) {

    /** The count of one value; {@code count} is null where it is suppressed. */
    public record Cell(String key, Long count, boolean suppressed) {
    }
}
