package dev.realmforge.web.rpg.rest;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.rpg.staff.RpgStaffTools;
import dev.realmforge.web.rest.AuthDtos;
import dev.realmforge.web.rest.StaffResource;
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

/** The rpg item audit over HTTP: per item, what is held against what the ledger created and destroyed. */
@Path("admin/items")
@Produces(MediaType.APPLICATION_JSON)
public class RpgItemAuditResource {

    @Inject
    RpgStaffTools tools;

    @GET
    @Path("audit")
    public List<AuthDtos.ItemAuditLine> itemAudit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return tools.itemAudit(StaffResource.token(authorization)).stream()
                .map(l -> new AuthDtos.ItemAuditLine(l.itemId(), l.held(), l.created(), l.destroyed(), l.balanced()))
                .toList();
    }
}
