/** The HTTP API: registration and login. JSON via Jackson in snake_case. */
package dev.realmforge.web.rest;
