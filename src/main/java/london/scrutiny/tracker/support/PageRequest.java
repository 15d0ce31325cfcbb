package london.scrutiny.tracker.support;

import org.springframework.data.domain.ScrollPosition;

/** A validated request for one page: how many nodes, and after which position. */
public record PageRequest(int size, ScrollPosition position, boolean afterGiven) {
}
