package city.sanitation.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Browsers sign in on the sign-in page and keep a session (shared by every instance through
 * PostgreSQL) with a CSRF token on every write; programs send a bearer token an admin created, or a JWT of the city's
 * single sign-on when {@code spring.security.oauth2.resourceserver.jwt.*} is set. Every endpoint under {@code /api}
 * has its own rule ({@link DistrictAccess}); pages and data need a signed-in account; liveness and readiness are public.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts and nothing from other sites; inline styles stay allowed (route colours, Leaflet's markers). */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
                    + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordSignIn passwordSignIn(AccountRepository accounts, PasswordEncoder passwords, AccessProperties properties) {
        return new PasswordSignIn(
                accounts, passwords, properties.maxFailedSignIns(), properties.lockDuration(), Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager passwordSignIn,
            ApiTokens tokens,
            AccountRepository accounts,
            AccessProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder,
            AuditLog audit,
            CurrentAccount current) {
        AuthenticationManagerResolver<HttpServletRequest> bearer =
                new BearerAuthentication(tokens, accounts, jwtDecoder.getIfAvailable(), properties.ssoUsernameClaim());
        SignInResponses responses = new SignInResponses(audit);
        http.authenticationManager(passwordSignIn)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/sign-in.html",
                                "/js/**",
                                "/css/**",
                                "/webjars/**",
                                // The crew page's icons: a phone fetches them without the session to install it.
                                "/icons/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in.html")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(responses::signedIn)
                        .failureHandler(responses::refused)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessHandler(responses::signedOut)
                        .permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(bearer)
                        .authenticationEntryPoint(SignInResponses::unauthorized))
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::mayBeForged))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SignInResponses::unauthorized)
                        .accessDeniedHandler(SignInResponses::forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new PasswordChangeGate(current), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AuditFilter(audit), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * A write can only be forged by another site when the browser holds a session of this app (its cookie), or when it
     * signs in or out. Without one the request is anonymous and refused as such (401), or carries a bearer token,
     * which another site cannot make a browser send.
     */
    static boolean mayBeForged(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = RequestPaths.withinApp(request);
        return request.getRequestedSessionId() != null || path.equals("/sign-in") || path.equals("/sign-out");
    }

    /**
     * Signing in with a password, for the sign-in page; also keeps Spring Boot from making its default user, since
     * every account lives in the database.
     */
    @Bean
    AuthenticationManager authenticationManager(PasswordSignIn passwordSignIn) {
        return new ProviderManager(passwordSignIn);
    }
}
