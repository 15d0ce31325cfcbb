package london.scrutiny.tracker.limits;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The configurable limits, {@code tracker.limits.*}; the README's "Limits" section says
 * why each default is what it is. The page size is not here: it is part of the API's
 * contract ({@code Paging.MAX_SIZE}), not a deployment choice.
 *
 * @param maxDepth the most fields a path from the operation to a leaf may pass through
 * @param maxNodes the most nodes a query may ask for, counted before it runs and again on
 * what it returns
 * @param nodesPerList how many nodes a list that is not a connection is counted as before
 * the query runs, since it has no {@code first} to say how long it is
 * @param requestTimeout how long a query may run before it is stopped
 * @param maxRequestBytes the largest request body accepted on the GraphQL endpoint
 */
@ConfigurationProperties("tracker.limits")
@Validated
public record ApiLimits(@DefaultValue("15") @Positive int maxDepth, @DefaultValue("10000") @Positive long maxNodes,
		@DefaultValue("10") @Positive int nodesPerList, @DefaultValue("10s") Duration requestTimeout,
		@DefaultValue("100KB") DataSize maxRequestBytes) {

	public ApiLimits {
		// Bean validation has no constraint for these two types; a zero limit would
		// refuse everything.
		if (requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException(
					"tracker.limits.request-timeout must be positive; got " + requestTimeout);
		}
		if (maxRequestBytes.toBytes() < 1) {
			throw new IllegalArgumentException(
					"tracker.limits.max-request-bytes must be positive; got " + maxRequestBytes);
		}
	}

}
