package dev.realmforge.web.rpg.rest;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.account.StaffRoles;
import dev.realmforge.engine.rpg.staff.RpgStaffTools;
import dev.realmforge.web.rest.AuthDtos;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The rpg profile's staff tools for players over HTTP: moving one (moderators), granting it items
 * (admins). The platform checks the caller's role ({@code @RolesAllowed}) before a method runs.
 */
@Path("admin/players")
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles({StaffRoles.MODERATOR, StaffRoles.ADMIN})
@ApplicationScoped // one instance for all requests: no per-request CDI instance and EJB references
public class RpgStaffResource {

    @Inject
    RpgStaffTools tools;

    @PUT
    @Path("{username}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffRoles.MODERATOR)
    public Response teleport(@PathParam("username") String username, AuthDtos.Placement body) {
        if (body == null || body.x() == null || body.y() == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {map_id, x, y}");
        }
        tools.teleport(username, body.mapId(), body.x(), body.y());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffRoles.ADMIN)
    public Response grantItem(@PathParam("username") String username, AuthDtos.ItemGrant body) {
        if (body == null || body.itemId() == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {item_id, quantity}");
        }
        tools.grantItem(username, body.itemId(), body.quantity() == null ? 1 : body.quantity());
        return Response.noContent().build();
    }
}
