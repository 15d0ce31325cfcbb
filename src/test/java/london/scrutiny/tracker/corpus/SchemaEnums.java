package london.scrutiny.tracker.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The values of the API's enums, read from the schema the application serves
 * ({@code graphql/*.graphqls}).
 */
final class SchemaEnums {

	private static TypeDefinitionRegistry schema;

	private SchemaEnums() {
	}

	static Set<String> valuesOf(String enumName) {
		EnumTypeDefinition definition = schema().getType(enumName, EnumTypeDefinition.class)
			.orElseThrow(() -> new IllegalArgumentException("The schema has no enum " + enumName));
		return definition.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static synchronized TypeDefinitionRegistry schema() {
		if (schema == null) {
			TypeDefinitionRegistry merged = new TypeDefinitionRegistry();
			try {
				for (Resource file : new PathMatchingResourcePatternResolver()
					.getResources("classpath:graphql/*.graphqls")) {
					try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
						merged.merge(new SchemaParser().parse(reader));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the GraphQL schema", ex);
			}
			schema = merged;
		}
		return schema;
	}

}
