package london.scrutiny.tracker.programme;

import java.util.List;

/** The conditions of {@code programmes(filter:)}. */
public record ProgrammeFilter(List<String> kind, String ownerId, String funderId, String place, String text) {
}
