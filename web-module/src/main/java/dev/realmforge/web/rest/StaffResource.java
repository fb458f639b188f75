package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.account.AccountView;
import dev.realmforge.engine.account.StaffService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff tools every profile shares, over HTTP: bans and roles, authorised by the caller's bearer
 * token (see StaffService for roles). Profiles add their own tools under {@code /admin}.
 */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private static final String BEARER = "Bearer ";

    @Inject
    StaffService staff;

    @POST
    @Path("{username}/ban")
    public Response ban(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("username") String username) {
        staff.setBanned(token(authorization), username, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unban")
    public Response unban(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("username") String username) {
        staff.setBanned(token(authorization), username, false);
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthDtos.Account changeRole(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                       @PathParam("username") String username, AuthDtos.RoleChange body) {
        AccountView changed = staff.changeRole(token(authorization), username, body == null ? null : body.role());
        return new AuthDtos.Account(changed.id(), changed.username(), changed.role());
    }

    /** The bearer token of an {@code Authorization} header, or null. */
    public static String token(String authorization) {
        return authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).trim() : null;
    }
}
