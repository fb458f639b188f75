package dev.realmforge.web.rpg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.map.ChunkService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code query_chunks}: tile ids and collision flags of the chunks around a centre chunk. A radius
 * too big for any integer type is still a radius over the limit ({@code CHUNKS_RADIUS_TOO_LARGE}),
 * not a malformed coordinate.
 */
@ApplicationScoped
class QueryChunksHandler implements RpgHandler {

    @Inject
    ChunkService chunks;

    @Override
    public void handle(RpgRequest request) {
        JsonNode radius = request.message().payload().path("radius");
        if (radius.isIntegralNumber() && !radius.canConvertToInt()) {
            if (radius.bigIntegerValue().signum() > 0) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_RADIUS_TOO_LARGE, "Radius exceeds " + chunks.maxRadius() + " chunks",
                        Map.of("max_radius", chunks.maxRadius(), "radius", radius.bigIntegerValue()));
            }
            throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "Radius cannot be negative",
                    Map.of("reason", "negative_radius"));
        }
        Payloads.QueryChunks query = request.payloadAs(Payloads.QueryChunks.class, RpgErrorCode.CHUNKS_INVALID_COORDINATES);
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Chunks(
                chunks.around(query.mapId(), query.chunkX(), query.chunkY(), query.radius()).stream()
                        .map(c -> new Payloads.Chunk(c.chunkX(), c.chunkY(), c.tiles(), c.collision()))
                        .toList()));
    }
}
