package dev.realmforge.web.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.realmforge.web.codec.StrictScalars;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import jakarta.ws.rs.core.Application;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JAX-RS at the context root. Resources and providers are listed explicitly (no scanning): the
 * core's here, each profile's through its {@link RestModule} bean. Jackson is the JSON provider so
 * REST and the WebSocket share one JSON library.
 *
 * <p>Resources state who may call them with {@code @RolesAllowed}; Jersey's
 * {@link RolesAllowedDynamicFeature}, registered here, checks that against the caller and groups
 * that {@code web.rest.security.BearerTokenMechanism} gave the request, and {@link RoleCheckMapper}
 * words the refusals as the staff API always did. Payara Micro also installs a role filter of its
 * own (its MicroProfile JWT module's), but Payara Server did not for the EAR, where an anonymous
 * staff call reached the method: hence the explicit registration (docs/adr/0030).
 */
@ApplicationPath("/")
public class RestApplication extends Application {

    /**
     * Request bodies must use the JSON types of their fields: Jackson's default of turning a number
     * into a string, a string into a number or 1.5 into 1 would let {@code {"username": 5}} through
     * as the name "5" and a staff grant of {@code "quantity": 1.5} through as 1. A value of the
     * wrong type is a mapping error, which {@link JsonErrorMapper} answers with 400
     * {@code invalid_input}.
     */
    static final ObjectMapper JSON = strictRest();

    private static ObjectMapper strictRest() {
        ObjectMapper mapper = StrictScalars.apply(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build());
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(StaffResource.class, AccountExceptionMapper.class,
                RolesAllowedDynamicFeature.class, RoleCheckMapper.Unauthenticated.class, RoleCheckMapper.Forbidden.class,
                JsonErrorMapper.Parse.class, JsonErrorMapper.Mapping.class, JsonErrorMapper.Processing.class,
                UnexpectedErrorMapper.class, JsonMapperResolver.class));
        CDI.current().select(RestModule.class).forEach(module -> classes.addAll(module.resources()));
        return classes;
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new JacksonJsonProvider(JSON));
    }

    /** Turns off Jersey's built-in JSON-B and MOXy so that Jackson alone reads and writes JSON. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonBinding", true, "jersey.config.server.disableMoxyJson", true);
    }
}
