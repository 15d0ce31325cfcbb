package london.scrutiny.tracker.support;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets pages on other sites (scrutiny dashboards, newsrooms) read the exports and feeds
 * from a browser: {@code GET} on {@code /export/**} and {@code /feeds/**} from the
 * origins in {@code tracker.cors.allowed-origins} (any, by default). Both are public
 * reads and no cookie is ever honoured on them, so credentials are never allowed. The
 * GraphQL endpoint takes the same origins through {@code spring.graphql.cors.*}. Empty:
 * no cross-origin access.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration implements WebMvcConfigurer {

	private final List<String> origins;

	CrossOriginConfiguration(@Value("${tracker.cors.allowed-origins:*}") List<String> origins) {
		this.origins = origins.stream().map(String::trim).filter((o) -> !o.isEmpty()).toList();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.origins.isEmpty()) {
			return;
		}
		for (String path : List.of("/export/**", "/feeds/**")) {
			registry.addMapping(path)
				.allowedOriginPatterns(this.origins.toArray(String[]::new))
				.allowedMethods("GET", "HEAD")
				.allowedHeaders("Accept", "If-None-Match", "If-Modified-Since")
				.exposedHeaders("Content-Disposition", "X-Total-Count", "Retry-After")
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

}
