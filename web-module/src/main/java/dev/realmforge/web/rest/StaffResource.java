package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountView;
import dev.realmforge.engine.account.StaffRoles;
import dev.realmforge.engine.account.StaffService;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Staff tools every profile shares, over HTTP: bans and roles. The caller is the one its bearer
 * token names (Jakarta Security, {@code web.rest.security}); the platform checks each method's
 * {@code @RolesAllowed} against the caller's groups before it runs. Profiles add their own tools
 * under {@code /admin} the same way.
 */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles({StaffRoles.MODERATOR, StaffRoles.ADMIN})
@ApplicationScoped // one instance for all requests: no per-request CDI instance and EJB references
public class StaffResource {

    @Inject
    StaffService staff;

    @POST
    @Path("{username}/ban")
    @RolesAllowed(StaffRoles.MODERATOR)
    public Response ban(@Context SecurityContext caller, @PathParam("username") String username) {
        staff.setBanned(caller.getUserPrincipal().getName(), username, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unban")
    @RolesAllowed(StaffRoles.MODERATOR)
    public Response unban(@Context SecurityContext caller, @PathParam("username") String username) {
        staff.setBanned(caller.getUserPrincipal().getName(), username, false);
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffRoles.ADMIN)
    public AuthDtos.Account changeRole(@Context SecurityContext caller, @PathParam("username") String username,
                                       AuthDtos.RoleChange body) {
        AccountView changed = staff.changeRole(caller.getUserPrincipal().getName(), username,
                body == null ? null : body.role());
        return new AuthDtos.Account(changed.id(), changed.username(), changed.role());
    }
}
