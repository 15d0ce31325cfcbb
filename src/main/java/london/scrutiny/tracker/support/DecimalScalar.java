package london.scrutiny.tracker.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code BigDecimal} scalar, held to what the store can keep exactly and what a
 * figure or a sum of money can plausibly be ({@link Numbers}): the extended-scalars
 * BigDecimal takes {@code 1E+400} or forty digits, which the store then cannot hold or
 * holds as nonsense.
 */
final class DecimalScalar implements Coercing<BigDecimal, BigDecimal> {

	static final GraphQLScalarType BIG_DECIMAL = GraphQLScalarType.newScalar()
		.name("BigDecimal")
		.description("An exact decimal number, written as a JSON number or a string ('1250000.50'); " + Numbers.RULE)
		.coercing(new DecimalScalar())
		.build();

	@Override
	public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			try {
				return new BigDecimal(number.toString());
			}
			catch (NumberFormatException ex) {
				// fall through: not a finite number
			}
		}
		throw new CoercingSerializeException("A stored number is not a decimal.");
	}

	@Override
	public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
		BigDecimal value = null;
		if (input instanceof BigDecimal decimal) {
			value = decimal;
		}
		else if (input instanceof Integer || input instanceof Long || input instanceof Short) {
			value = BigDecimal.valueOf(((Number) input).longValue());
		}
		else if (input instanceof BigInteger big) {
			value = new BigDecimal(big);
		}
		else if ((input instanceof Double || input instanceof Float)
				&& Double.isFinite(((Number) input).doubleValue())) {
			value = new BigDecimal(input.toString());
		}
		else if (input instanceof String text) {
			value = parseOrNull(text);
		}
		return checked(value, String.valueOf(input), CoercingParseValueException::new);
	}

	@Override
	public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		BigDecimal value = null;
		if (input instanceof IntValue i) {
			value = new BigDecimal(i.getValue());
		}
		else if (input instanceof FloatValue f) {
			value = f.getValue();
		}
		else if (input instanceof StringValue s) {
			value = parseOrNull(s.getValue());
		}
		String shown = (input instanceof StringValue s) ? s.getValue() : String.valueOf(value);
		return checked(value, shown, CoercingParseLiteralException::new);
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return FloatValue.newFloatValue(serialize(input, context, locale)).build();
	}

	private static <E extends RuntimeException> BigDecimal checked(BigDecimal value, String shown,
			java.util.function.Function<String, E> failure) {
		if (value == null) {
			throw failure.apply("Expected a decimal number such as 1250000.50; got '" + Text.shown(shown) + "'.");
		}
		String problem = Numbers.problem(value);
		if (problem != null) {
			throw failure.apply(problem + " Got '" + Text.shown(shown) + "'.");
		}
		return value;
	}

	private static BigDecimal parseOrNull(String text) {
		// Long enough for any acceptable number; longer text is refused unread.
		if (text == null || text.isBlank() || text.length() > 80) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
