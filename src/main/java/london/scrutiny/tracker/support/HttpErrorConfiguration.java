package london.scrutiny.tracker.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link HttpErrorShape} first on the GraphQL endpoint, around every other filter.
 */
@Configuration(proxyBeanMethods = false)
class HttpErrorConfiguration {

	@Bean
	FilterRegistrationBean<HttpErrorShape> httpErrorShape(
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<HttpErrorShape> registration = new FilterRegistrationBean<>(new HttpErrorShape());
		registration.addUrlPatterns(graphQlPath);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
