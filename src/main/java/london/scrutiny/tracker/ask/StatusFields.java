package london.scrutiny.tracker.ask;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import org.dataloader.DataLoader;

import london.scrutiny.tracker.support.StoredValueException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The date-dependent fields of {@code Recommendation}: its status and the answers that
 * could be read on the date. Each reads the ask's {@link AskStatus} as of the date in
 * scope (see {@link AsOf}), through one DataLoader, so a page of asks costs one
 * computation.
 */
@Configuration(proxyBeanMethods = false)
class StatusFields {

	private static final Map<String, Function<AskStatus, Object>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("responseDue", AskStatus::responseDue);
		FIELDS.put("responseDueOn", AskStatus::responseDueOn);
		FIELDS.put("firstAnsweredOn", AskStatus::firstAnsweredOn);
		FIELDS.put("responseStatus", AskStatus::responseStatus);
		FIELDS.put("daysLate", AskStatus::daysLate);
		FIELDS.put("position", AskStatus::position);
		FIELDS.put("implementation", AskStatus::implementation);
		FIELDS.put("claimedImplementation", AskStatus::claimedImplementation);
		FIELDS.put("verifiedImplementation", AskStatus::verifiedImplementation);
		FIELDS.put("verification", AskStatus::verification);
		FIELDS.put("deadline", AskStatus::deadline);
		FIELDS.put("originalDeadline", AskStatus::originalDeadline);
		FIELDS.put("deadlineRevisions", AskStatus::deadlineRevisions);
		FIELDS.put("deadlineStatus", AskStatus::deadlineStatus);
		FIELDS.put("daysToDeadline", AskStatus::daysToDeadline);
		FIELDS.put("history", AskStatus::history);
		FIELDS.put("timeline", AskStatus::timeline);
		FIELDS.put("responses", AskStatus::answers);
	}

	@Bean
	RuntimeWiringConfigurer statusFieldWiring(StatusService status) {
		return (wiring) -> wiring.type("Recommendation", (type) -> {
			FIELDS.forEach((field, value) -> type.dataFetcher(field, fetcher(status, value)));
			return type;
		});
	}

	private static DataFetcher<Object> fetcher(StatusService status, Function<AskStatus, Object> value) {
		return (env) -> {
			Ask ask = env.getSource();
			LocalDate asOf = AsOf.of(env, status.today());
			DataLoader<AskAt, AskStatus> loader = env.getDataLoader(AskStatus.class.getName());
			// The ask rides along as the key's context, so the batch need not read it
			// again.
			return loader.load(new AskAt(ask.id(), asOf), ask).thenApply((found) -> {
				if (found == null) {
					throw new StoredValueException("The status of " + ask.id() + " cannot be computed.");
				}
				return value.apply(found);
			});
		};
	}

}
