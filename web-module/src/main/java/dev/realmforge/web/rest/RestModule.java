package dev.realmforge.web.rest;

import java.util.Set;

/**
 * A profile's JAX-RS resources. Each profile that speaks HTTP provides one of these as a CDI bean;
 * {@link RestApplication} serves the core's resources and every module's, so adding a profile's
 * HTTP API edits no shared code.
 */
public interface RestModule {

    Set<Class<?>> resources();
}
