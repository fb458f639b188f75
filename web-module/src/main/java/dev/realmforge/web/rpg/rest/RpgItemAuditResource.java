package dev.realmforge.web.rpg.rest;

import dev.realmforge.engine.account.StaffRoles;
import dev.realmforge.engine.rpg.staff.RpgStaffTools;
import dev.realmforge.web.rest.AuthDtos;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The rpg item audit over HTTP (admins): per item, what is held against what the ledger created
 * and destroyed.
 */
@Path("admin/items")
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles(StaffRoles.ADMIN)
@ApplicationScoped // one instance for all requests: no per-request CDI instance and EJB references
public class RpgItemAuditResource {

    @Inject
    RpgStaffTools tools;

    @GET
    @Path("audit")
    @RolesAllowed(StaffRoles.ADMIN)
    public List<AuthDtos.ItemAuditLine> itemAudit() {
        return tools.itemAudit().stream()
                .map(l -> new AuthDtos.ItemAuditLine(l.itemId(), l.held(), l.created(), l.destroyed(), l.balanced()))
                .toList();
    }
}
