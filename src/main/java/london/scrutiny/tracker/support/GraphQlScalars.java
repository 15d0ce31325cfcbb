package london.scrutiny.tracker.support;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The scalars the schema declares: graphql-java-extended-scalars', and a strict Date. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		return (wiring) -> wiring.scalar(StrictDateScalar.DATE)
			.scalar(InstantDateTime.DATE_TIME)
			.scalar(ExtendedScalars.GraphQLBigDecimal)
			.scalar(ExtendedScalars.newAliasedScalar("URL").aliasedScalar(ExtendedScalars.Url).build())
			.scalar(ExtendedScalars.NonNegativeInt);
	}

}
