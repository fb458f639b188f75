package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The platform's answers to a {@code @RolesAllowed} resource, in the API's own words. The check
 * itself is Payara's (its JAX-RS role filter, against the groups {@code BearerTokenMechanism} gave
 * the caller); it throws {@link NotAuthorizedException} when the request has no authenticated
 * caller and {@link ForbiddenException} when the caller lacks the role. These become the bodies the
 * staff API has always sent, through {@link AccountExceptionMapper}: 401 {@code unauthenticated}
 * "a valid bearer token is required" and 403 {@code forbidden} "requires the <role> role".
 */
public final class RoleCheckMapper {

    static final String UNAUTHENTICATED = "a valid bearer token is required";

    private RoleCheckMapper() {
    }

    /** No caller, or a token that was refused: 401. */
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {

        @Override
        public Response toResponse(NotAuthorizedException e) {
            return new AccountExceptionMapper().toResponse(
                    new AccountException(AccountException.Reason.UNAUTHENTICATED, UNAUTHENTICATED));
        }
    }

    /** A caller without the resource's role: 403 naming the role. */
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(ForbiddenException e) {
            Optional<String> role = resource == null ? Optional.empty()
                    : requiredRole(resource.getResourceMethod(), resource.getResourceClass());
            if (role.isEmpty()) {
                return new UnexpectedErrorMapper().toResponse(e);
            }
            return new AccountExceptionMapper().toResponse(new AccountException(AccountException.Reason.FORBIDDEN,
                    "requires the " + role.get() + " role"));
        }
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
