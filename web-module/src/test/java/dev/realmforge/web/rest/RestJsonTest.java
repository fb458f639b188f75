package dev.realmforge.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The REST mapper reads each field only from its own JSON type. */
class RestJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"item_id\": \"2\"}", "{\"item_id\": 2, \"quantity\": 1.5}", "{\"item_id\": 2.0}",
            "{\"item_id\": true}", "{\"item_id\": \"\"}", "{\"item_id\": 2, \"quantity\": \"1\"}"})
    void integerFieldsTakeOnlyIntegers(String body) {
        assertThatThrownBy(() -> RestApplication.JSON.readValue(body, AuthDtos.ItemGrant.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"map_id\": \"samplemap\", \"x\": 10.5, \"y\": 1}", "{\"map_id\": 7, \"x\": 1, \"y\": 1}"})
    void placementsTakeOnlyTheirTypes(String body) {
        assertThatThrownBy(() -> RestApplication.JSON.readValue(body, AuthDtos.Placement.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"username\": 5, \"password\": \"secret-pass\"}",
            "{\"username\": \"alice\", \"password\": false}", "{\"username\": \"alice\", \"password\": 1.5}"})
    void stringFieldsTakeOnlyStrings(String body) {
        assertThatThrownBy(() -> RestApplication.JSON.readValue(body, AuthDtos.Credentials.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void wellTypedBodiesAreRead() throws Exception {
        assertThat(RestApplication.JSON.readValue("{\"item_id\": 2, \"quantity\": 2147483647}", AuthDtos.ItemGrant.class))
                .isEqualTo(new AuthDtos.ItemGrant(2, Integer.MAX_VALUE));
        assertThat(RestApplication.JSON.readValue("{\"item_id\": 2, \"quantity\": null}", AuthDtos.ItemGrant.class))
                .isEqualTo(new AuthDtos.ItemGrant(2, null));
        assertThat(RestApplication.JSON.readValue("{\"username\": \"alice\", \"password\": \"pw\", \"extra\": 1}",
                AuthDtos.Credentials.class)).isEqualTo(new AuthDtos.Credentials("alice", "pw"));
    }
}
