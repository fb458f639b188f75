package dev.realmforge.web.rest;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.account.AccountView;
import dev.realmforge.engine.account.StaffService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Staff tools over HTTP, authorised by the caller's bearer token (see StaffService for roles). */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private static final String BEARER = "Bearer ";

    @Inject
    StaffService staff;

    @POST
    @Path("accounts/{username}/ban")
    public Response ban(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("username") String username) {
        staff.setBanned(token(authorization), username, true);
        return Response.noContent().build();
    }

    @POST
    @Path("accounts/{username}/unban")
    public Response unban(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("username") String username) {
        staff.setBanned(token(authorization), username, false);
        return Response.noContent().build();
    }

    @PUT
    @Path("accounts/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthDtos.Account changeRole(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                       @PathParam("username") String username, AuthDtos.RoleChange body) {
        AccountView changed = staff.changeRole(token(authorization), username, body == null ? null : body.role());
        return new AuthDtos.Account(changed.id(), changed.username(), changed.role());
    }

    @PUT
    @Path("players/{username}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response teleport(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("username") String username, AuthDtos.Placement body) {
        if (body == null || body.x() == null || body.y() == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {map_id, x, y}");
        }
        staff.teleport(token(authorization), username, body.mapId(), body.x(), body.y());
        return Response.noContent().build();
    }

    @POST
    @Path("players/{username}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grantItem(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @PathParam("username") String username, AuthDtos.ItemGrant body) {
        if (body == null || body.itemId() == null) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "body must be {item_id, quantity}");
        }
        staff.grantItem(token(authorization), username, body.itemId(), body.quantity() == null ? 1 : body.quantity());
        return Response.noContent().build();
    }

    @GET
    @Path("items/audit")
    public List<AuthDtos.ItemAuditLine> itemAudit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return staff.itemAudit(token(authorization)).stream()
                .map(l -> new AuthDtos.ItemAuditLine(l.itemId(), l.held(), l.created(), l.destroyed(), l.balanced()))
                .toList();
    }

    private static String token(String authorization) {
        return authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).trim() : null;
    }
}
