package london.scrutiny.tracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The clerks' pages ({@code /clerk/**}) have a chain of their own: a server session holds
 * the signed-in token's id, and every form carries Spring Security's CSRF token. Every
 * other request passes the API chain: it only authenticates tokens. Whether a request may
 * do what it asks is decided on the service methods, so one GraphQL endpoint serves
 * public reads and guarded writes. No cookies and no sessions are used, so CSRF
 * protection has nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain clerkPagesFilterChain(HttpSecurity http, TokenRepository tokens) throws Exception {
		return http.securityMatcher("/clerk/**", "/clerk")
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.exceptionHandling((errors) -> errors.accessDeniedHandler(SecurityConfiguration::refusedForm))
			.addFilterBefore(new SessionTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.build();
	}

	/** A form without a valid CSRF token: say what to do rather than show a bare 403. */
	private static void refusedForm(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Form refused</title>"
					+ "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><h1>Form refused</h1>"
					+ "<p class=\"error\" role=\"alert\">This form was not sent from a page of this tracker, or it has expired."
					+ " Nothing was changed. <a href=\"/clerk\">Open the clerks' page again</a> and send it from there.</p>"
					+ "</main></body></html>");
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, TokenService tokens) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			// Health and info are public, for load balancers and orchestrators; metrics
			// and
			// the rest of the actuator need an ADMIN token. The rest is decided per
			// method.
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasRole(Role.ADMIN.name())
						.anyRequest()
						.permitAll())
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.CLERK.name())
			.build();
	}

}
