/**
 * Areas of interest: which entities each player can see, and the difference from what it saw
 * last tick. Runs on the tick thread only.
 */
package dev.realmforge.engine.rpg.view;
