package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored facts an ask's status depends on, kept on the ask (field
 * {@code statusFacts}) so that status filters, counts and lists run as database queries.
 * Computed from the ask's record by {@link AsOfView#facts}, refreshed whenever something
 * it depends on is written, and checked at start-up.
 * <p>
 * The response status follows from the dates alone on any date. Position, implementation,
 * verification and the deadline are known from the facts on dates before the first
 * assessment or deadline revision ({@code changesFrom}: none yet) and on or after the
 * last ({@code settledFrom}: all of them in effect); between the two, they are folded
 * from the events themselves.
 */
public record StatusFacts(LocalDate askedOn, LocalDate responseDueOn, LocalDate firstAnsweredOn, Boolean answeredLate,
		List<AnsweredBy> answeredBy, LocalDate changesFrom, LocalDate settledFrom, Position position,
		Implementation implementation, Verification verification, LocalDate originalDeadlineOn, LocalDate deadlineOn,
		Boolean deadlineMet) {

	/** The stored field of an ask that holds its facts. */
	public static final String FIELD = "statusFacts";

	public StatusFacts {
		answeredBy = (answeredBy != null) ? answeredBy : List.of();
	}

	/** A letter that answers the ask, and the date it was sent. */
	public record AnsweredBy(String letterId, LocalDate on) {
	}

	/** The response status on the date: always known from the facts. */
	ResponseStatus responseStatus(LocalDate asOf) {
		if (AsOfView.sentBy(this.firstAnsweredOn, asOf)) {
			return Boolean.TRUE.equals(this.answeredLate) ? ResponseStatus.RESPONDED_LATE : ResponseStatus.RESPONDED;
		}
		return (this.responseDueOn != null && asOf.isAfter(this.responseDueOn)) ? ResponseStatus.RESPONSE_OVERDUE
				: ResponseStatus.AWAITING_RESPONSE;
	}

	/** Whether no assessment or deadline revision had taken effect by the date. */
	boolean pristineOn(LocalDate asOf) {
		return this.changesFrom == null || this.changesFrom.isAfter(asOf);
	}

	/** Whether every assessment and deadline revision had taken effect by the date. */
	boolean settledOn(LocalDate asOf) {
		return this.settledFrom != null && !this.settledFrom.isAfter(asOf);
	}

	/** The status on the date, when the facts alone decide it. */
	Optional<StatusAt> at(LocalDate asOf) {
		ResponseStatus response = responseStatus(asOf);
		Integer daysLate = switch (response) {
			case RESPONDED_LATE -> AsOfView.days(this.responseDueOn, this.firstAnsweredOn);
			case RESPONSE_OVERDUE -> AsOfView.days(this.responseDueOn, asOf);
			default -> null;
		};
		if (pristineOn(asOf)) {
			return Optional.of(new StatusAt(asOf, this.responseDueOn, response, daysLate, null, null, null,
					byDate(this.originalDeadlineOn, false, asOf)));
		}
		if (settledOn(asOf)) {
			return Optional
				.of(new StatusAt(asOf, this.responseDueOn, response, daysLate, this.position, this.implementation,
						this.verification, byDate(this.deadlineOn, Boolean.TRUE.equals(this.deadlineMet), asOf)));
		}
		return Optional.empty();
	}

	private static DeadlineStatus byDate(LocalDate deadline, boolean met, LocalDate asOf) {
		if (deadline == null) {
			return null;
		}
		if (met) {
			return DeadlineStatus.MET;
		}
		return asOf.isAfter(deadline) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
	}

}
