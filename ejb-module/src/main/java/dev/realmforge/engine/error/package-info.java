/** The error vocabulary shared by all rules: a code, a human message and optional details. */
package dev.realmforge.engine.error;
