package dev.realmforge.bench;

import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The swarm profiles on the class path, by name. */
final class SwarmProfiles {

    private SwarmProfiles() {
    }

    static SwarmProfile named(String name) {
        ServiceLoader<SwarmProfile> loader = ServiceLoader.load(SwarmProfile.class, SwarmProfile.class.getClassLoader());
        return loader.stream().map(ServiceLoader.Provider::get)
                .filter(profile -> profile.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no swarm profile " + name + "; known: "
                        + loader.stream().map(p -> p.get().name()).sorted().collect(Collectors.joining(", "))));
    }
}
