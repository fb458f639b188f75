package dev.realmforge.web.rpg.rest;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.account.AccountService;
import dev.realmforge.engine.rpg.account.RpgRegistration;
import dev.realmforge.web.rest.AuthDtos;
import dev.realmforge.engine.account.AccountView;
import dev.realmforge.engine.auth.IssuedToken;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The rpg protocol's {@code POST /auth/register} (rpg's registration rules) and {@code POST
 * /auth/login} (the platform's token, valid on every profile that takes one). Login takes a form or JSON. The client
 * address both throttles use is the socket peer; proxies are not trusted (docs/configuration.md).
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance for all requests: no per-request CDI instance and EJB references
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    RpgRegistration registration;

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(AuthDtos.Credentials body, @Context HttpServletRequest http) {
        if (body == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {username, password}");
        }
        AccountView created = registration.register(body.username(), body.password(), http.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new AuthDtos.Account(created.id(), created.username(), created.role()))
                .build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthDtos.Token loginJson(AuthDtos.Credentials body, @Context HttpServletRequest http) {
        if (body == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {username, password}");
        }
        return login(body.username(), body.password(), http);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public AuthDtos.Token loginForm(@FormParam("username") String username, @FormParam("password") String password,
                                    @Context HttpServletRequest http) {
        return login(username, password, http);
    }

    private AuthDtos.Token login(String username, String password, HttpServletRequest http) {
        IssuedToken token = accounts.login(username, password, http.getRemoteAddr());
        return new AuthDtos.Token(token.accessToken(), "bearer", token.expiresInSeconds());
    }
}
