package london.scrutiny.tracker.support;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The scalars the schema declares: graphql-java-extended-scalars' URL and NonNegativeInt,
 * and our own strict Date, DateTime (served from stored instants) and BigDecimal.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		return (wiring) -> wiring.scalar(StrictDateScalar.DATE)
			.scalar(InstantScalar.DATE_TIME)
			.scalar(DecimalScalar.BIG_DECIMAL)
			.scalar(ExtendedScalars.newAliasedScalar("URL").aliasedScalar(ExtendedScalars.Url).build())
			.scalar(ExtendedScalars.NonNegativeInt);
	}

}
