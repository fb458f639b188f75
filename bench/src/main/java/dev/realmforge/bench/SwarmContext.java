package dev.realmforge.bench;

import dev.realmforge.bench.client.ServerApi;
import java.net.http.HttpClient;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** What a {@link SwarmProfile} gets for a run: the options, the server, the shared metrics. */
public record SwarmContext(SwarmOptions options, ServerApi api, HttpClient http, SwarmMetrics metrics,
                           Consumer<String> progress, SplittableRandom random) {
}
