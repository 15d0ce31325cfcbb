package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import london.scrutiny.tracker.document.SourceDocument;
import london.scrutiny.tracker.response.Response;
import london.scrutiny.tracker.support.PartialDate;

/**
 * The one rule for what an ask looked like on a date: the answers whose letters were sent
 * by then, the assessments and deadline revisions in effect by then, and everything
 * computed from them. A pure function of the stored record and the date (no database, no
 * clock), so every field of the API that depends on a date reads it from here and they
 * can never disagree.
 */
public final class AsOfView {

	static final Comparator<Assessment> ASSESSMENT_ORDER = Comparator.comparing(Assessment::effectiveOn)
		.thenComparing(Assessment::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Assessment::id);

	static final Comparator<DeadlineRevision> REVISION_ORDER = Comparator.comparing(DeadlineRevision::effectiveOn)
		.thenComparing(DeadlineRevision::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(DeadlineRevision::id);

	/** A date after every event: the state once everything recorded is in effect. */
	static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

	private AsOfView() {
	}

	/**
	 * Whether a letter could be read on the date: stored, dated, and sent on or before
	 * it.
	 */
	public static boolean sentBy(SourceDocument letter, LocalDate asOf) {
		return letter != null && sentBy(letter.date(), asOf);
	}

	/** Whether something dated so had happened by the date (undated: not known to). */
	public static boolean sentBy(LocalDate date, LocalDate asOf) {
		return date != null && !date.isAfter(asOf);
	}

	/**
	 * Whether a record dated so (undated: its date unknown) is not known to postdate the
	 * date: evidence from an undated source stays visible.
	 */
	public static boolean notAfter(LocalDate date, LocalDate asOf) {
		return date == null || !date.isAfter(asOf);
	}

	/**
	 * Each answer's position on the date: that of the latest assessment of the answer in
	 * effect by then.
	 */
	public static Map<String, Position> answerPositions(List<Assessment> assessments, LocalDate asOf) {
		Map<String, Position> positions = new LinkedHashMap<>();
		assessments.stream()
			.filter((e) -> e.responseId() != null && sentBy(e.effectiveOn(), asOf))
			.sorted(ASSESSMENT_ORDER)
			.forEach((e) -> positions.put(e.responseId(), e.position()));
		return positions;
	}

	/**
	 * The answers that could be read on the date: those whose letters were sent by then,
	 * oldest letter first.
	 */
	public static List<AskRecord.Answer> answersSeen(AskRecord record, LocalDate asOf) {
		return record.answers()
			.stream()
			.filter((a) -> sentBy(a.letter(), asOf))
			.sorted(Comparator.comparing((AskRecord.Answer a) -> a.letter().date())
				.thenComparing((a) -> a.response().id()))
			.toList();
	}

	/** The ask's state on the date. */
	public static AskStatus of(AskRecord record, LocalDate asOf) {
		Ask ask = record.ask();
		List<AskRecord.Answer> answers = answersSeen(record, asOf);
		List<SourceDocument> letters = answers.stream().map(AskRecord.Answer::letter).distinct().toList();
		ResponsePolicy.ResponseDue due = record.due();
		LocalDate dueOn = (due != null) ? due.date() : null;
		LocalDate firstAnswer = letters.isEmpty() ? null : letters.get(0).date();
		ResponseStatus responseStatus;
		Integer daysLate = null;
		if (firstAnswer != null) {
			boolean late = dueOn != null && firstAnswer.isAfter(dueOn);
			responseStatus = late ? ResponseStatus.RESPONDED_LATE : ResponseStatus.RESPONDED;
			daysLate = late ? days(dueOn, firstAnswer) : null;
		}
		else if (dueOn != null && asOf.isAfter(dueOn)) {
			responseStatus = ResponseStatus.RESPONSE_OVERDUE;
			daysLate = days(dueOn, asOf);
		}
		else {
			responseStatus = ResponseStatus.AWAITING_RESPONSE;
		}
		List<Assessment> history = record.assessments()
			.stream()
			.filter((e) -> sentBy(e.effectiveOn(), asOf))
			.sorted(ASSESSMENT_ORDER)
			.toList();
		Assessment latest = last(history);
		Assessment latestClaim = last(history.stream().filter((e) -> !e.checked()).toList());
		Assessment latestCheck = last(history.stream().filter(Assessment::checked).toList());
		List<DeadlineRevision> revised = record.revisions()
			.stream()
			.filter((r) -> sentBy(r.effectiveOn(), asOf))
			.sorted(REVISION_ORDER)
			.toList();
		PartialDate deadline = revised.isEmpty() ? ask.deadline() : revised.get(revised.size() - 1).deadline();
		DeadlineStatus deadlineStatus = null;
		Integer daysToDeadline = null;
		if (deadline != null && deadline.date() != null) {
			daysToDeadline = days(asOf, deadline.date());
			deadlineStatus = deadlineStatus(history, deadline.date(), asOf);
		}
		Map<String, Position> answerPositions = answerPositions(history, asOf);
		return new AskStatus(asOf, due, firstAnswer, responseStatus, daysLate,
				(latest != null) ? latest.position() : null, (latest != null) ? latest.implementation() : null,
				(latestClaim != null) ? latestClaim.implementation() : null,
				(latestCheck != null) ? latestCheck.implementation() : null,
				(latestCheck != null) ? latestCheck.verification() : null, deadline, ask.deadline(), revised,
				deadlineStatus, daysToDeadline, history,
				AskEvent.timeline(ask, record.report(), due, letters, history, revised, deadline, asOf),
				answers.stream().map(AskRecord.Answer::response).toList(), letters, answerPositions);
	}

	/**
	 * The facts the ask's status depends on, as stored on the ask: from them
	 * {@link StatusFacts#at} gives the same status as {@link #of} on every date it can
	 * decide.
	 */
	public static StatusFacts facts(AskRecord record) {
		AskStatus settled = of(record, END_OF_TIME);
		List<LocalDate> changes = new java.util.ArrayList<>();
		record.assessments().forEach((a) -> changes.add(a.effectiveOn()));
		record.revisions().forEach((r) -> changes.add(r.effectiveOn()));
		changes.sort(Comparator.naturalOrder());
		LocalDate dueOn = settled.responseDueOn();
		LocalDate first = settled.firstAnsweredOn();
		return new StatusFacts((record.report() != null) ? record.report().askedOn() : null, dueOn, first,
				(first != null) ? Boolean.valueOf(dueOn != null && first.isAfter(dueOn)) : null,
				settled.letters().stream().map((l) -> new StatusFacts.AnsweredBy(l.id(), l.date())).toList(),
				changes.isEmpty() ? null : changes.get(0), changes.isEmpty() ? null : last(changes), settled.position(),
				settled.implementation(), settled.verification(),
				(record.ask().deadline() != null) ? record.ask().deadline().date() : null,
				(settled.deadline() != null) ? settled.deadline().date() : null,
				settled.deadlineStatus() == DeadlineStatus.MET);
	}

	/**
	 * Met when the ask stood implemented on the deadline and no clerk has since refuted
	 * that; otherwise missed once the deadline has passed.
	 */
	private static DeadlineStatus deadlineStatus(List<Assessment> history, LocalDate deadline, LocalDate asOf) {
		Assessment atDeadline = last(history.stream().filter((e) -> !e.effectiveOn().isAfter(deadline)).toList());
		boolean refutedSince = history.stream()
			.anyMatch((e) -> e.verification() == Verification.REFUTED && e.effectiveOn().isAfter(deadline));
		boolean doneInTime = atDeadline != null && atDeadline.implementation() == Implementation.IMPLEMENTED
				&& atDeadline.verification() != Verification.REFUTED && !refutedSince;
		if (doneInTime) {
			return DeadlineStatus.MET;
		}
		return asOf.isAfter(deadline) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
	}

	static int days(LocalDate from, LocalDate to) {
		return (int) ChronoUnit.DAYS.between(from, to);
	}

	static <T> T last(List<T> items) {
		return items.isEmpty() ? null : items.get(items.size() - 1);
	}

}
