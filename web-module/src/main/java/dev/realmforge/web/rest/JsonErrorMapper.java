package dev.realmforge.web.rest;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect is a 400 with a message, not a 500. */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JacksonException> {

    @Override
    public Response toResponse(JacksonException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new AuthDtos.Problem("invalid_input", "request body is not valid JSON of the expected shape"))
                .build();
    }
}
