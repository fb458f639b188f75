package dev.realmforge.web.rpg.codec;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Frame size limit for decoders, which the container creates itself (no injection). Read once from
 * {@code realmforge.ws.max-frame-bytes}, default 8192.
 */
final class FrameLimits {

    static final String MAX_FRAME_BYTES = "realmforge.ws.max-frame-bytes";
    static final int DEFAULT_MAX_FRAME_BYTES = 8192;

    private FrameLimits() {
    }

    static int maxFrameBytes() {
        return ConfigProvider.getConfig().getOptionalValue(MAX_FRAME_BYTES, Integer.class)
                .orElse(DEFAULT_MAX_FRAME_BYTES);
    }
}
