package dev.realmforge.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON we expect is a 400 with our {@code {error, message}} body, not a
 * 500. The two concrete subclasses below exist because Jersey's bundled Jackson feature brings
 * mappers for exactly those types, which would otherwise win as closer matches.
 */
public final class JsonErrorMapper {

    private JsonErrorMapper() {
    }

    static Response badJson() {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new AuthDtos.Problem("invalid_input", "request body is not valid JSON of the expected shape"))
                .build();
    }

    /** Syntax errors. */
    @Provider
    @Priority(1)
    public static class Parse implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException e) {
            return badJson();
        }
    }

    /** Well-formed JSON of the wrong shape. */
    @Provider
    @Priority(1)
    public static class Mapping implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException e) {
            return badJson();
        }
    }

    /** Any other Jackson processing failure. */
    @Provider
    @Priority(1)
    public static class Processing implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return badJson();
        }
    }
}
