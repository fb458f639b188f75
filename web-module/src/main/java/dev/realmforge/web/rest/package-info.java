/** The HTTP API's core: the JAX-RS application (each profile adds its resources through a RestModule), the shared staff tools and the JSON error mappers. */
package dev.realmforge.web.rest;
