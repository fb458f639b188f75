package dev.realmforge.web.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands every JAX-RS Jackson provider our mapper (snake_case, unknown fields ignored). Jersey on
 * Payara auto-registers its own Jackson provider once MOXy is off; this keeps both on one mapper.
 */
@Provider
public class JsonMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return RestApplication.JSON;
    }
}
