package london.scrutiny.tracker.limits;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the limits in place: the query limits and the execution budget (time and nodes
 * returned) as graphql-java instrumentations (Spring Boot adds every Instrumentation bean
 * to the GraphQL engine), the body cap as a filter on the GraphQL endpoint only.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	Instrumentation queryLimitsInstrumentation(ApiLimits limits) {
		return new QueryLimitsInstrumentation(limits);
	}

	@Bean
	Instrumentation executionBudget(ApiLimits limits) {
		return new ExecutionBudget(limits.requestTimeout(), limits.maxNodes());
	}

	@Bean
	FilterRegistrationBean<RequestBodyCap> requestBodyCap(ApiLimits limits,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<RequestBodyCap> registration = new FilterRegistrationBean<>(
				new RequestBodyCap(limits.maxRequestBytes()));
		registration.addUrlPatterns(graphQlPath);
		// Early, so that nothing reads the body before it is counted; after character
		// encoding is set.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
