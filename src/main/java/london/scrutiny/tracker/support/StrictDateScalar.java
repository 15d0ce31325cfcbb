package london.scrutiny.tracker.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

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
 * The {@code Date} scalar, strict: the extended-scalars Date quietly turns 2022-02-30
 * into 2022-02-28, which would answer a question nobody asked. Here an impossible date is
 * a bad request, and so is a date outside the years the committee's documents can speak
 * of ({@link Dates#EARLIEST} to {@link Dates#LATEST}): a report published in the year
 * 999999999 would only break every date sum made with it later. Output is not checked: a
 * stored date is served as it is.
 */
final class StrictDateScalar implements Coercing<LocalDate, String> {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date, ISO 8601 (2022-08-18), from " + Dates.EARLIEST + " to " + Dates.LATEST + ".")
		.coercing(new StrictDateScalar())
		.build();

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof String text) {
			try {
				return LocalDate.parse(text).toString();
			}
			catch (DateTimeParseException ex) {
				throw new CoercingSerializeException("A stored date is not a calendar date.");
			}
		}
		throw new CoercingSerializeException("A stored date is not a calendar date.");
	}

	@Override
	public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
		if (!(input instanceof String text)) {
			throw new CoercingParseValueException(message(String.valueOf(input)));
		}
		return parse(text, CoercingParseValueException::new);
	}

	@Override
	public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (!(input instanceof StringValue text)) {
			throw new CoercingParseLiteralException(message(String.valueOf(input)));
		}
		return parse(text.getValue(), CoercingParseLiteralException::new);
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return StringValue.newStringValue(serialize(input, context, locale)).build();
	}

	private static <E extends RuntimeException> LocalDate parse(String text, Function<String, E> failure) {
		LocalDate date;
		try {
			// LocalDate.parse uses ISO_LOCAL_DATE, whose resolver is strict: no 30
			// February.
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw failure.apply(message(text));
		}
		if (!Dates.isPlausible(date)) {
			throw failure.apply("Expected a date from " + Dates.EARLIEST + " to " + Dates.LATEST
					+ ", the years the tracker's documents can speak of; got '" + Text.shown(text) + "'.");
		}
		return date;
	}

	private static String message(String text) {
		return "Expected a real calendar date written YYYY-MM-DD, such as 2022-08-18; got '" + Text.shown(text) + "'.";
	}

}
