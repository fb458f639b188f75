package dev.realmforge.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected becomes a 500 with a correlation id; the stack trace goes to the log only.
 * JAX-RS's own status exceptions (404, 405, 415...) keep their status.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return Response.status(web.getResponse().getStatus())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new AuthDtos.Problem("http_" + web.getResponse().getStatus(), failure.getMessage()))
                    .build();
        }
        String correlation = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected REST failure [correlation " + correlation + "]", failure);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON)
                .entity(new AuthDtos.Problem("internal_error", "internal server error, correlation id " + correlation))
                .build();
    }
}
