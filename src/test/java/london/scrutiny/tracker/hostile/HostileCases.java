package london.scrutiny.tracker.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;

/**
 * The hostile requests: hand-made ones from the attacks reported against the API, and
 * generated ones, every argument of every query (found by introspection) given every
 * hostile value of its type, and every text, date and number of the write inputs given a
 * value that must be refused.
 */
final class HostileCases {

	static final String NUL = "a\u0000b";

	/** Text an attacker sends to a text argument; none of it may cause a failure. */
	static final List<Object> TEXT = List.of(NUL, "x".repeat(5000), ".*", "(a+)+$", "[", "{\"$gt\": \"\"}",
			"' OR 1=1 --", "\u202e\u0645", "\uD800", "", "\r\n", "😀".repeat(300));

	static final List<Object> INTS = List.of(-1, 0, 101, Integer.MAX_VALUE, Integer.MIN_VALUE, "1", 1.5, 1e10);

	static final List<Object> DATES = List.of("+999999999-12-31", "0000-01-01", "2022-02-30", "1899-12-31", "2022-1-1",
			"", 20220818, NUL);

	/** Dates every write must refuse. */
	static final List<Object> BAD_DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31",
			"2101-01-01", "2022-02-30");

	/** Numbers every write must refuse. */
	static final List<Object> BAD_NUMBERS = List.of("1E+400", "1e7000", "1234567890123456789012345678901234567890",
			"1e-7000", "NaN", "Infinity", "-1E+20", 1e300, "0x10", "");

	static final List<Object> ENUMS = List.of("NOPE", "", "accepted", NUL, 1);

	static final List<Object> BOOLEANS = List.of("true", 1, "");

	static final List<Object> IDS = List.of(NUL, "x".repeat(5000), "", "{\"$ne\": null}", "../x", "\uD800");

	private HostileCases() {
	}

	/** Hand-made attacks on the HTTP endpoint itself. */
	static List<HostileRequest> http() {
		String json = "application/json";
		return List.of(HostileRequest.raw("JSON null body", "POST", json, "null"),
				HostileRequest.raw("JSON array body", "POST", json, "[]"),
				HostileRequest.raw("JSON string body", "POST", json, "\"{ reports { totalCount } }\""),
				HostileRequest.raw("JSON number body", "POST", json, "1"),
				HostileRequest.raw("empty JSON object", "POST", json, "{}"),
				HostileRequest.raw("empty body", "POST", json, ""),
				HostileRequest.raw("no body, no type", "POST", null, null),
				HostileRequest.raw("broken JSON", "POST", json, "{\"query\": "),
				HostileRequest.raw("query is a number", "POST", json, "{\"query\": 1}"),
				HostileRequest.raw("query is null", "POST", json, "{\"query\": null}"),
				HostileRequest.raw("variables is a string", "POST", json,
						"{\"query\": \"{ reports { totalCount } }\", \"variables\": \"x\"}"),
				HostileRequest.raw("variables is an array", "POST", json,
						"{\"query\": \"{ reports { totalCount } }\", \"variables\": []}"),
				HostileRequest.raw("extensions is a number", "POST", json,
						"{\"query\": \"{ reports { totalCount } }\", \"extensions\": 1}"),
				HostileRequest.raw("unknown operation name", "POST", json,
						"{\"query\": \"query A { reports { totalCount } }\", \"operationName\": \"B\"}"),
				HostileRequest.raw("two operations, none named", "POST", json,
						"{\"query\": \"query A { reports { totalCount } } query B { letters { totalCount } }\"}"),
				HostileRequest.raw("plain text body", "POST", "text/plain", "{ reports { totalCount } }"),
				HostileRequest.raw("form body", "POST", "application/x-www-form-urlencoded", "query=x"),
				HostileRequest.raw("XML body", "POST", "application/xml", "<query/>"),
				HostileRequest.raw("PUT", "PUT", json, "{\"query\": \"{ reports { totalCount } }\"}"),
				HostileRequest.raw("DELETE", "DELETE", null, null), HostileRequest.raw("PATCH", "PATCH", json, "{}"),
				HostileRequest.raw("GET without a query", "GET", null, null),
				HostileRequest.raw("invalid UTF-8 JSON", "POST", json, "{\"query\": \"\\ud800\"}"),
				HostileRequest.raw("JSON nested ten thousand deep", "POST", json,
						"{\"query\": \"{ reports { totalCount } }\", \"variables\": " + "[".repeat(10_000)
								+ "]".repeat(10_000) + "}"),
				HostileRequest.raw("a deep query text", "POST", json,
						"{\"query\": \"" + "{ a ".repeat(3000) + "}".repeat(3000) + "\"}"),

				HostileRequest.raw("over the body cap", "POST", json,
						"{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(200_000) + "\"}}"));
	}

	/** The amplification attacks of the report: each must be refused before it runs. */
	static Map<String, String> amplification() {
		Map<String, String> queries = new LinkedHashMap<>();
		StringBuilder nested = new StringBuilder("{ reports(first: 27) { edges { node { recommendations { ");
		for (int i = 0; i < 4; i++) {
			nested.append("report { recommendations { ");
		}
		nested.append("id ").append("} } ".repeat(4)).append("} } } } }");
		queries.put("nested plain lists", nested.toString());
		queries.put("aliased statusSummary", aliased("statusSummary { total }", 6));
		queries.put("aliased search", aliased("search(text: \"the\", first: 1) { totalCount }", 6));
		queries.put("aliased summaryOfActions",
				aliased("summaryOfActions(committeeId: \"org/london-assembly-pcc\") { committee { id } }", 6));
		queries.put("bad-faith introspection",
				"{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }");
		queries.put("full pages of nested lists",
				"{ letters(first: 100) { edges { node { responses { recommendation { evidence { programmes { id } } } } } } } }");
		return queries;
	}

	private static String aliased(String field, int times) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < times; i++) {
			query.append("a").append(i).append(": ").append(field).append(' ');
		}
		return query.append('}').toString();
	}

	/**
	 * Every argument of every query field, and every scalar field of an input argument,
	 * given each hostile value of its type: answered with data or a classified refusal.
	 */
	static List<HostileRequest> queries(JsonNode schema, String token) {
		Map<String, JsonNode> types = new LinkedHashMap<>();
		schema.path("types").forEach((t) -> types.put(t.path("name").asString(), t));
		List<HostileRequest> cases = new ArrayList<>();
		for (JsonNode field : types.get("Query").path("fields")) {
			String name = field.path("name").asString();
			String selection = selection(types, field.path("type"));
			for (JsonNode argument : field.path("args")) {
				String argName = argument.path("name").asString();
				String typeText = typeText(argument.path("type"));
				String others = requiredOthers(field, argName);
				String query = "query($v: " + typeText + ") { " + name + "(" + argName + ": $v" + others + ") "
						+ selection + " }";
				JsonNode named = types.get(named(argument.path("type")));
				BiConsumer<String, Object> add = (what, value) -> {
					Map<String, Object> variables = new LinkedHashMap<>();
					variables.put("v", value);
					cases.add(HostileRequest.either(name + "(" + argName + what + ")", token, query, variables));
				};
				if (named.path("kind").asString().equals("INPUT_OBJECT")) {
					for (JsonNode inner : named.path("inputFields")) {
						JsonNode innerType = types.get(named(inner.path("type")));
						boolean list = isList(inner.path("type"));
						for (Object value : valuesFor(innerType)) {
							add.accept("." + inner.path("name").asString() + " = " + shown(value),
									Map.of(inner.path("name").asString(), list ? List.of(value) : value));
						}
					}
				}
				else {
					for (Object value : valuesFor(named)) {
						add.accept(" = " + shown(value), isList(argument.path("type")) ? List.of(value) : value);
					}
				}
			}
		}
		return cases;
	}

	/**
	 * Every text, date and number in a valid write input turned, one at a time, into a
	 * value that must be refused.
	 */
	static List<HostileRequest> writes(String token) {
		List<HostileRequest> cases = new ArrayList<>();
		WriteInputs.all().forEach((mutation, base) -> {
			for (String path : leaves(base, "")) {
				Object original = at(base, path);
				List<Object> bad = new ArrayList<>();
				bad.add(NUL);
				if (original instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
					bad.addAll(BAD_DATES);
				}
				if (path.endsWith("amount") || path.endsWith("value")) {
					bad.addAll(BAD_NUMBERS);
				}
				for (Object value : bad) {
					cases.add(HostileRequest.refused(mutation.name() + " " + path + " = " + shown(value), token,
							mutation.document(), Map.of("input", replaced(base, path, value))));
				}
			}
		});
		cases.add(HostileRequest.refused("a funding period that starts after it ends", token,
				WriteInputs.ADD_FUNDING.document(), Map.of("input", replaced(WriteInputs.funding(), "period",
						Map.of("from", "2024-03-31", "to", "2023-04-01", "text", "backwards")))));
		return cases;
	}

	private static List<Object> valuesFor(JsonNode type) {
		String name = type.path("name").asString();
		if (type.path("kind").asString().equals("ENUM")) {
			return ENUMS;
		}
		return switch (name) {
			case "String", "URL" -> TEXT;
			case "ID" -> IDS;
			case "Int", "NonNegativeInt" -> INTS;
			case "Date" -> DATES;
			case "BigDecimal" -> BAD_NUMBERS;
			case "Boolean" -> BOOLEANS;
			default -> List.of(NUL);
		};
	}

	private static String requiredOthers(JsonNode field, String except) {
		StringBuilder others = new StringBuilder();
		for (JsonNode argument : field.path("args")) {
			if (!argument.path("name").asString().equals(except)
					&& argument.path("type").path("kind").asString().equals("NON_NULL")) {
				String type = named(argument.path("type"));
				String value = switch (type) {
					case "Int" -> "1";
					case "Date" -> "\"2022-08-18\"";
					default -> "\"x\"";
				};
				others.append(", ").append(argument.path("name").asString()).append(": ").append(value);
			}
		}
		return others.toString();
	}

	private static String selection(Map<String, JsonNode> types, JsonNode type) {
		JsonNode named = types.get(named(type));
		String kind = named.path("kind").asString();
		if (kind.equals("SCALAR") || kind.equals("ENUM")) {
			return "";
		}
		return named.path("name").asString().endsWith("Connection") ? "{ totalCount }" : "{ __typename }";
	}

	static String typeText(JsonNode type) {
		return switch (type.path("kind").asString()) {
			case "NON_NULL" -> typeText(type.path("ofType")) + "!";
			case "LIST" -> "[" + typeText(type.path("ofType")) + "]";
			default -> type.path("name").asString();
		};
	}

	static String named(JsonNode type) {
		JsonNode current = type;
		while (!current.path("name").isString()) {
			current = current.path("ofType");
		}
		return current.path("name").asString();
	}

	private static boolean isList(JsonNode type) {
		JsonNode current = type;
		while (current.path("kind").asString().equals("NON_NULL")) {
			current = current.path("ofType");
		}
		return current.path("kind").asString().equals("LIST");
	}

	private static String shown(Object value) {
		String text = String.valueOf(value).replace("\u0000", "\\0");
		return (text.length() > 30) ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
	}

	/** The paths of the text leaves of a nested input: {@code asks[0].deadline.date}. */
	private static List<String> leaves(Object value, String path) {
		List<String> found = new ArrayList<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> found.addAll(leaves(v, path.isEmpty() ? (String) k : path + "." + k)));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				found.addAll(leaves(list.get(i), path + "[" + i + "]"));
			}
		}
		else if (value instanceof String) {
			found.add(path);
		}
		return found;
	}

	private static Object at(Object value, String path) {
		Object current = value;
		for (String step : path.split("\\.")) {
			String key = step.replaceAll("\\[\\d+]", "");
			current = ((Map<?, ?>) current).get(key);
			java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(step);
			while (index.find()) {
				current = ((List<?>) current).get(Integer.parseInt(index.group(1)));
			}
		}
		return current;
	}

	/** A deep copy of {@code value} with the leaf at {@code path} replaced. */
	@SuppressWarnings("unchecked")
	static Object replaced(Object value, String path, Object replacement) {
		return replaced(value, "", path, replacement);
	}

	private static Object replaced(Object value, String here, String path, Object replacement) {
		if (here.equals(path)) {
			return replacement;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put((String) k,
					replaced(v, here.isEmpty() ? (String) k : here + "." + k, path, replacement)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				copy.add(replaced(list.get(i), here + "[" + i + "]", path, replacement));
			}
			return copy;
		}
		return value;
	}

}
