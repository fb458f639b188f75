package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolVersionTest {

    @Test
    void missingVersionIsTakenAsCompatible() {
        assertThat(ProtocolVersion.compatible(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.5", "2", "2.10"})
    void anyMajorTwoIsCompatible(String version) {
        assertThat(ProtocolVersion.compatible(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "3.0", "20.0", "abc", "", ".2", " 2.0"})
    void otherVersionsAreNotCompatible(String version) {
        assertThat(ProtocolVersion.compatible(version)).isFalse();
    }
}
