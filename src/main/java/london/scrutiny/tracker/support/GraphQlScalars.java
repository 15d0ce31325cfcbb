package london.scrutiny.tracker.support;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The scalars of graphql-java-extended-scalars that the schema declares. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		return (wiring) -> wiring.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.GraphQLBigDecimal)
			.scalar(ExtendedScalars.newAliasedScalar("URL").aliasedScalar(ExtendedScalars.Url).build())
			.scalar(ExtendedScalars.NonNegativeInt);
	}

}
