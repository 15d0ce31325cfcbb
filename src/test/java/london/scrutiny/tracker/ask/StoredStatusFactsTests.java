package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import london.scrutiny.tracker.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ask's status facts read back equal to what the application's converter wrote, with
 * every component set, with none, and for thousands of generated facts; and the stored
 * asks of the seed read the same through the field-by-field reader as through the general
 * mapping.
 */
@ApiTest
class StoredStatusFactsTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theFieldByFieldReaderIsTheOneTheApplicationUses() {
		assertThat(
				this.mongo.getConverter().getCustomConversions().hasCustomReadTarget(Document.class, StatusFacts.class))
			.isTrue();
	}

	@Test
	void factsWithEveryComponentAndWithNone_readBackEqual() {
		LocalDate day = LocalDate.of(2024, 2, 29);
		StatusFacts full = new StatusFacts(day, day.plusDays(61), day.plusDays(70), true,
				List.of(new StatusFacts.AnsweredBy("letter/MGLA010524-1234", day.plusDays(70)),
						new StatusFacts.AnsweredBy("letter/MGLA010624-5678", day.plusDays(100))),
				day.plusDays(70), day.plusDays(200), Position.PARTIALLY_ACCEPTED, Implementation.IN_PROGRESS,
				Verification.REFUTED, day.plusYears(1), day.plusYears(2), false);
		assertThat(roundTrip(full)).isEqualTo(full);
		StatusFacts none = new StatusFacts(null, null, null, null, null, null, null, null, null, null, null, null,
				null);
		assertThat(roundTrip(none)).isEqualTo(none);
	}

	@Test
	void generatedFacts_readBackEqual() {
		Random random = new Random(20261130);
		for (int i = 0; i < 5000; i++) {
			StatusFacts facts = generated(random);
			assertThat(roundTrip(facts)).as("facts %s", facts).isEqualTo(facts);
		}
	}

	@Test
	void theSeedsStoredFacts_readTheSameAsThroughTheGeneralMapping() {
		List<Document> asks = this.mongo.findAll(Document.class, "asks");
		int compared = 0;
		for (Document ask : asks) {
			Document stored = ask.get(StatusFacts.FIELD, Document.class);
			if (stored != null) {
				StatusFacts read = this.mongo.getConverter().read(StatusFacts.class, stored);
				assertThat(read.answeredBy()).hasSize(stored.getList("answeredBy", Object.class, List.of()).size());
				assertThat(read.askedOn()).isEqualTo(date(stored.get("askedOn")));
				assertThat(read.responseDueOn()).isEqualTo(date(stored.get("responseDueOn")));
				assertThat(read.firstAnsweredOn()).isEqualTo(date(stored.get("firstAnsweredOn")));
				assertThat(read.position())
					.isEqualTo(stored.get("position") == null ? null : Position.valueOf(stored.getString("position")));
				assertThat(roundTrip(read)).isEqualTo(read);
				compared++;
			}
		}
		assertThat(compared).isPositive();
	}

	private StatusFacts roundTrip(StatusFacts facts) {
		Document stored = new Document();
		this.mongo.getConverter().write(facts, stored);
		stored.remove("_class");
		return this.mongo.getConverter().read(StatusFacts.class, stored);
	}

	private static LocalDate date(Object stored) {
		return (stored != null) ? LocalDate.parse(stored.toString()) : null;
	}

	private static StatusFacts generated(Random random) {
		List<StatusFacts.AnsweredBy> answered = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			answered.add(new StatusFacts.AnsweredBy("letter/L" + random.nextInt(1000), day(random)));
		}
		return new StatusFacts(day(random), day(random), day(random), bool(random), answered, day(random), day(random),
				pick(random, Position.values()), pick(random, Implementation.values()),
				pick(random, Verification.values()), day(random), day(random), bool(random));
	}

	private static LocalDate day(Random random) {
		return random.nextInt(5) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 366));
	}

	private static Boolean bool(Random random) {
		int n = random.nextInt(3);
		return (n == 0) ? null : n == 1;
	}

	private static <E> E pick(Random random, E[] values) {
		int n = random.nextInt(values.length + 1);
		return (n == values.length) ? null : values[n];
	}

}
