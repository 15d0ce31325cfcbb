package london.scrutiny.tracker.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code DateTime} scalar: an instant, served in UTC as RFC 3339
 * ({@code 2026-11-30T01:52:49.764Z}). The store keeps instants ({@link Instant}), which
 * the extended-scalars DateTime cannot serve.
 */
final class InstantScalar implements Coercing<OffsetDateTime, String> {

	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An instant, RFC 3339 in UTC (2026-11-30T01:52:49.764Z).")
		.coercing(new InstantScalar())
		.build();

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		OffsetDateTime time = null;
		if (value instanceof Instant instant) {
			time = instant.atOffset(ZoneOffset.UTC);
		}
		else if (value instanceof OffsetDateTime offset) {
			time = offset;
		}
		else if (value instanceof ZonedDateTime zoned) {
			time = zoned.toOffsetDateTime();
		}
		else if (value instanceof String text) {
			time = parseOrNull(text);
		}
		if (time == null) {
			throw new CoercingSerializeException("A stored time is not an instant.");
		}
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	@Override
	public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
		OffsetDateTime time = (input instanceof String text) ? parseOrNull(text) : null;
		if (time == null) {
			throw new CoercingParseValueException(message(input));
		}
		return time;
	}

	@Override
	public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
			Locale locale) {
		OffsetDateTime time = (input instanceof StringValue text) ? parseOrNull(text.getValue()) : null;
		if (time == null) {
			throw new CoercingParseLiteralException(message(input));
		}
		return time;
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return StringValue.newStringValue(serialize(input, context, locale)).build();
	}

	private static OffsetDateTime parseOrNull(String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String message(Object input) {
		String shown = (input instanceof StringValue literal) ? literal.getValue() : String.valueOf(input);
		return "Expected a date and time with an offset, RFC 3339, such as 2026-11-30T01:52:49Z; got '"
				+ Text.shown(shown) + "'.";
	}

}
