package london.scrutiny.tracker.organisation;

import java.util.ArrayList;
import java.util.List;

import london.scrutiny.tracker.support.PageConnection;
import london.scrutiny.tracker.support.Paging;
import london.scrutiny.tracker.support.Text;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code organisations}, {@code organisation}, {@code people} and {@code person}
 * queries.
 */
@Controller
class OrganisationController {

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	private final Paging paging;

	OrganisationController(MongoTemplate mongo, Paging paging) {
		this.mongo = mongo;
		this.paging = paging;
	}

	@QueryMapping
	PageConnection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument Integer first,
			@Argument String after) {
		List<Criteria> all = new ArrayList<>();
		if (filter != null && filter.kind() != null && !filter.kind().isEmpty()) {
			all.add(Criteria.where("kind").in(filter.kind()));
		}
		if (filter != null && filter.text() != null) {
			all.add(Text.anyFieldContains(Text.literal("filter.text", filter.text()), "name", "shortName", "aliases"));
		}
		Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
		return this.paging.keyset(this.mongo, new Query(criteria), Organisation.class, BY_NAME,
				this.paging.request(first, after));
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.mongo.findById(id, Organisation.class);
	}

	@QueryMapping
	PageConnection<Person> people(@Argument Integer first, @Argument String after) {
		return this.paging.keyset(this.mongo, new Query(), Person.class, BY_NAME, this.paging.request(first, after));
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.mongo.findById(id, Person.class);
	}

	/** The conditions of {@code organisations(filter:)}. */
	record OrganisationFilter(List<String> kind, String text) {
	}

}
