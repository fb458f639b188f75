package dev.realmforge.web.rpg;

import dev.realmforge.engine.error.ErrorCode;
import dev.realmforge.engine.world.map.ChunkService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code query_chunks}: tile ids and collision flags of the chunks around a centre chunk. */
@ApplicationScoped
class QueryChunksHandler implements RpgHandler {

    @Inject
    ChunkService chunks;

    @Override
    public void handle(RpgRequest request) {
        Payloads.QueryChunks query = request.payloadAs(Payloads.QueryChunks.class, ErrorCode.CHUNKS_INVALID_COORDINATES);
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Chunks(
                chunks.around(query.mapId(), query.chunkX(), query.chunkY(), query.radius()).stream()
                        .map(c -> new Payloads.Chunk(c.chunkX(), c.chunkY(), c.tiles(), c.collision()))
                        .toList()));
    }
}
