/** Bearer tokens: issuing and verifying signed JWTs, and the signing secret they rest on. */
package dev.realmforge.engine.auth;
