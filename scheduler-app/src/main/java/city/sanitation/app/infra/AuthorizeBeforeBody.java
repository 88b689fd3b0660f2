package city.sanitation.app.infra;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks an endpoint's access rule before its body is read. Spring reads the body (and refuses an unreadable one with
 * 400) before {@code @PreAuthorize} runs; this way a caller who may not write gets 403 whatever the body holds, never
 * a 400 that tells what a valid body looks like. The rules of this app name only path variables, which are known here.
 */
@ControllerAdvice
class AuthorizeBeforeBody extends RequestBodyAdviceAdapter {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
    private final ConversionService conversions = DefaultConversionService.getSharedInstance();

    AuthorizeBeforeBody(ApplicationContext context) {
        // Resolves the rules' bean references (@access).
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        rules.setExpressionHandler(expressions);
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        Method method = parameter.getMethod();
        return method != null && AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return input;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                        instanceof Map<?, ?> variables)) {
            return input;
        }
        Method method = handler.getMethod();
        Object[] arguments = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathVariable path = parameters[i].getAnnotation(PathVariable.class);
            if (path != null) {
                String name = !path.name().isEmpty()
                        ? path.name()
                        : !path.value().isEmpty() ? path.value() : parameters[i].getName();
                Object value = variables.get(name);
                try {
                    arguments[i] = value == null ? null : conversions.convert(value, parameters[i].getType());
                } catch (RuntimeException unreadable) {
                    // Not this check's to refuse: binding the variable answers it with 400 naming it.
                    return input;
                }
            }
        }
        AuthorizationResult result = rules.authorize(
                SecurityContextHolder.getContext()::getAuthentication,
                new SimpleMethodInvocation(handler.getBean(), method, arguments));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
        return input;
    }
}
