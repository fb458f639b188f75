package dev.realmforge.engine.rpg.map;

import java.util.Objects;

/** Stepping on {@code at} moves a player to the arrival point {@code targetArrival} of {@code targetMap}. */
public record Portal(TilePoint at, String targetMap, String targetArrival) {

    public Portal {
        Objects.requireNonNull(at);
        Objects.requireNonNull(targetMap);
        Objects.requireNonNull(targetArrival);
    }
}
