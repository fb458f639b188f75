package dev.realmforge.web.rpg.rest;

import dev.realmforge.web.rest.RestModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The rpg profile's HTTP API: registration and login, and its staff tools. */
@ApplicationScoped
public class RpgRest implements RestModule {

    @Override
    public Set<Class<?>> resources() {
        return Set.of(AuthResource.class, RpgStaffResource.class, RpgItemAuditResource.class);
    }
}
