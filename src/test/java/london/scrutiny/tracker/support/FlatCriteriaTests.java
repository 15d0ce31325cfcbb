package london.scrutiny.tracker.support;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested {@code $and}s are written as one level of conditions; a field conditioned twice,
 * any {@code $or} and an empty {@code $and} keep their meaning.
 */
class FlatCriteriaTests {

	@Test
	void nestedAndsBecomeOneLevel() {
		Criteria nested = new Criteria().andOperator(
				new Criteria().andOperator(Criteria.where("statusFacts.askedOn").not().gt("2026-11-30")),
				new Criteria().andOperator(Criteria.where("statusFacts").exists(true),
						new Criteria().andOperator(Criteria.where("statusFacts.firstAnsweredOn").lte("2026-11-30"),
								Criteria.where("statusFacts.answeredLate").is(true))));
		assertThat(FlatCriteria.query(nested).getQueryObject()).isEqualTo(Document.parse("""
				{ "statusFacts.askedOn": { "$not": { "$gt": "2026-11-30" } }, "statusFacts": { "$exists": true },
				  "statusFacts.firstAnsweredOn": { "$lte": "2026-11-30" }, "statusFacts.answeredLate": true }"""));
	}

	@Test
	void aFieldConditionedTwiceAndAnyOrStayInAnAnd() {
		Criteria criteria = new Criteria().andOperator(Criteria.where("n").gt(1), Criteria.where("n").lt(5),
				new Criteria().orOperator(Criteria.where("a").is(1), Criteria.where("b").is(2)),
				Criteria.where("kind").is("X"));
		assertThat(FlatCriteria.query(criteria).getQueryObject()).isEqualTo(Document.parse("""
				{ "n": { "$gt": 1 }, "kind": "X", "$and": [ { "n": { "$lt": 5 } },
				  { "$or": [ { "a": 1 }, { "b": 2 } ] } ] }"""));
	}

	@Test
	void anEmptyAndIsKeptForTheStoreToRefuse() {
		Document empty = new Document("$and", List.of());
		assertThat(FlatCriteria.flat(empty)).isEqualTo(empty);
		assertThat(
				FlatCriteria.flat(new Document("$and", List.of(new Document("a", 1), new Document("$and", List.of())))))
			.isEqualTo(new Document("a", 1).append("$and", List.of()));
	}

}
