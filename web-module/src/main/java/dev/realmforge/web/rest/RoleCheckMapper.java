package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The platform's answers to a {@code @RolesAllowed} resource, in the API's own words. The check
 * itself is the JAX-RS runtime's role filter, against the caller and groups that
 * {@code BearerTokenMechanism} gave the request. Jersey's filter throws {@link ForbiddenException}
 * both when nobody is authenticated and when the caller lacks the role; Payara's own filter (where
 * Payara installs it) throws {@link NotAuthorizedException} for the first. Both become the bodies
 * the staff API has always sent, through {@link AccountExceptionMapper}: 401
 * {@code unauthenticated} "a valid bearer token is required" when the request has no caller, 403
 * {@code forbidden} "requires the <role> role" when it has one.
 */
public final class RoleCheckMapper {

    static final String UNAUTHENTICATED = "a valid bearer token is required";

    private RoleCheckMapper() {
    }

    /** No caller, or a token that was refused: 401. */
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {

        @Override
        public Response toResponse(NotAuthorizedException e) {
            return unauthenticated();
        }
    }

    /**
     * A refused {@code @RolesAllowed} method: 401 when the request has no caller, else 403 naming
     * the role. A {@link ForbiddenException} from anywhere else keeps the generic body.
     */
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Context
        ResourceInfo resource;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(ForbiddenException e) {
            Optional<String> role = resource == null ? Optional.empty()
                    : requiredRole(resource.getResourceMethod(), resource.getResourceClass());
            if (role.isEmpty()) {
                return new UnexpectedErrorMapper().toResponse(e);
            }
            if (security == null || security.getUserPrincipal() == null) {
                return unauthenticated();
            }
            return new AccountExceptionMapper().toResponse(new AccountException(AccountException.Reason.FORBIDDEN,
                    "requires the " + role.get() + " role"));
        }
    }

    private static Response unauthenticated() {
        return new AccountExceptionMapper().toResponse(
                new AccountException(AccountException.Reason.UNAUTHENTICATED, UNAUTHENTICATED));
    }

    /**
     * The role a resource method requires: its own {@code @RolesAllowed}, else its class's (the
     * staff API names one role each; with several, the first).
     */
    static Optional<String> requiredRole(Method method, Class<?> resourceClass) {
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && resourceClass != null) {
            allowed = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return allowed == null || allowed.value().length == 0 ? Optional.empty() : Optional.of(allowed.value()[0]);
    }
}
