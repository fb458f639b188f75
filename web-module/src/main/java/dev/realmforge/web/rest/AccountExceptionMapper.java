package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Refused account operations as HTTP statuses with a {@code {error, message}} body. */
@Provider
public class AccountExceptionMapper implements ExceptionMapper<AccountException> {

    @Override
    public Response toResponse(AccountException e) {
        Response.ResponseBuilder response = Response.status(status(e.reason()))
                .type(MediaType.APPLICATION_JSON)
                .entity(new AuthDtos.Problem(e.reason().name().toLowerCase(Locale.ROOT), e.getMessage()));
        if (e.reason() == AccountException.Reason.THROTTLED) {
            response.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    private static int status(AccountException.Reason reason) {
        return switch (reason) {
            case INVALID_INPUT -> 400;
            case USERNAME_TAKEN -> 409;
            case BAD_CREDENTIALS -> 401;
            case BANNED -> 403;
            case THROTTLED -> 429;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
