package london.scrutiny.tracker.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

/**
 * The DateTime scalar, able to show the {@link Instant}s records store (when an
 * assessment or a revision was recorded) as UTC date-times; otherwise the extended
 * scalar's own.
 */
final class InstantDateTime {

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar(ExtendedScalars.DateTime)
		.coercing(new InstantAware(ExtendedScalars.DateTime.getCoercing()))
		.build();

	private InstantDateTime() {
	}

	private record InstantAware(Coercing<?, ?> delegate) implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object value, GraphQLContext context, Locale locale) {
			Object shown = (value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value;
			return this.delegate.serialize(shown, context, locale);
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			return this.delegate.parseValue(input, context, locale);
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			return this.delegate.parseLiteral(input, variables, context, locale);
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return this.delegate.valueToLiteral(input, context, locale);
		}

	}

}
