/** MicroProfile Health checks for operators: ready (database, migrations, tick loop) and live (no zone stalled). */
package dev.realmforge.engine.health;
