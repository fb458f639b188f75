/** The rpg profile's HTTP API: /auth (register, login) and its staff tools under /admin. */
package dev.realmforge.web.rpg.rest;
