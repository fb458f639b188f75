package dev.realmforge.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.web.rpg.rest.RpgItemAuditResource;
import dev.realmforge.web.rpg.rest.RpgStaffResource;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The platform's role refusals come out as the staff API's own 401 and 403 bodies. */
class RoleCheckMapperTest {

    @Test
    void noCallerIsTheUnauthenticatedBodyTheStaffApiAlwaysSent() {
        Response response = new RoleCheckMapper.Unauthenticated().toResponse(
                new NotAuthorizedException("Authentication resulted in NOT_DONE", Response.status(401).build()));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.getEntity()).isEqualTo(new AuthDtos.Problem("unauthenticated", "a valid bearer token is required"));
        assertThat(response.getHeaders()).as("no WWW-Authenticate, as before").containsOnlyKeys("Content-Type");
    }

    @Test
    void aCallerWithoutTheRoleIsToldWhichRoleIsNeeded() {
        assertForbidden(StaffResource.class, "ban", "requires the moderator role");
        assertForbidden(StaffResource.class, "unban", "requires the moderator role");
        assertForbidden(StaffResource.class, "changeRole", "requires the admin role");
        assertForbidden(RpgStaffResource.class, "teleport", "requires the moderator role");
        assertForbidden(RpgStaffResource.class, "grantItem", "requires the admin role");
        assertForbidden(RpgItemAuditResource.class, "itemAudit", "requires the admin role");
    }

    @Test
    void aForbiddenElsewhereKeepsTheGenericBody() {
        RoleCheckMapper.Forbidden mapper = new RoleCheckMapper.Forbidden();
        mapper.resource = resourceInfo(RoleCheckMapperTest.class, method(RoleCheckMapperTest.class, "aForbiddenElsewhereKeepsTheGenericBody"));
        Response response = mapper.toResponse(new ForbiddenException("no"));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getEntity()).isEqualTo(new AuthDtos.Problem("http_403", "no"));
    }

    @Test
    void jerseysForbiddenForNobodyAuthenticatedIsTheUnauthenticated401() {
        RoleCheckMapper.Forbidden mapper = new RoleCheckMapper.Forbidden();
        mapper.resource = resourceInfo(StaffResource.class, method(StaffResource.class, "ban"));
        mapper.security = caller(null);
        Response response = mapper.toResponse(new ForbiddenException("User not authorized."));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getEntity()).isEqualTo(new AuthDtos.Problem("unauthenticated", "a valid bearer token is required"));
    }

    private static void assertForbidden(Class<?> resource, String methodName, String message) {
        RoleCheckMapper.Forbidden mapper = new RoleCheckMapper.Forbidden();
        mapper.resource = resourceInfo(resource, method(resource, methodName));
        mapper.security = caller(() -> "someone");
        Response response = mapper.toResponse(new ForbiddenException("Caller not in requested role"));
        assertThat(response.getStatus()).as(methodName).isEqualTo(403);
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.getEntity()).as(methodName).isEqualTo(new AuthDtos.Problem("forbidden", message));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static SecurityContext caller(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    private static ResourceInfo resourceInfo(Class<?> type, Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }
}
