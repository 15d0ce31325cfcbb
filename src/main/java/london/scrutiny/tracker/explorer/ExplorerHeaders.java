package london.scrutiny.tracker.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The explorer's page is where a token is typed into a browser, so it is held to what it
 * needs: scripts, styles and calls from this application only (its assets are served
 * here), no framing by other sites, and no address sent to other sites when a link is
 * followed.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerHeaders {

	/**
	 * GraphiQL sets inline styles; everything else comes from this origin. Fonts and
	 * icons are inlined as data: URIs in its stylesheet.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	static final String REFERRER_POLICY = "no-referrer";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> explorerHeadersFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				response.setHeader("Referrer-Policy", REFERRER_POLICY);
				response.setHeader("X-Content-Type-Options", "nosniff");
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/graphiql", "/graphiql/*");
		return registration;
	}

}
