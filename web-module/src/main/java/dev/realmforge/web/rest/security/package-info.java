/**
 * Who calls the HTTP API, through Jakarta Security: {@link dev.realmforge.web.rest.security.BearerTokenMechanism}
 * takes the bearer token of a request, {@link dev.realmforge.web.rest.security.BearerTokenIdentityStore}
 * has the engine check it against the database, and the container then knows the caller and its
 * groups, which the resources' {@code @RolesAllowed} are checked against (docs/adr/0030).
 */
package dev.realmforge.web.rest.security;
