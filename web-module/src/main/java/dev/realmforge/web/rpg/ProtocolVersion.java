package dev.realmforge.web.rpg;

/**
 * Version negotiation: any 2.x is compatible with this server's 2.0, and a message without a
 * version is taken as 2.0. Anything else, including an unparseable string, is a mismatch.
 */
final class ProtocolVersion {

    static final String SUPPORTED = "2.0";
    private static final String SUPPORTED_MAJOR = "2";

    private ProtocolVersion() {
    }

    static boolean compatible(String version) {
        if (version == null) {
            return true;
        }
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        return SUPPORTED_MAJOR.equals(major);
    }
}
