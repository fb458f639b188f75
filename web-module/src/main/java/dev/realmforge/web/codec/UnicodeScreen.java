package dev.realmforge.web.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses decoded trees that hold a string which is not well-formed UTF-16, that is a surrogate
 * without its partner. JSON lets a client write one ({@code "\ud800"}); such a string cannot be
 * written back out as UTF-8, so it must never reach the engine, where it would be echoed to others.
 */
public final class UnicodeScreen {

    private UnicodeScreen() {
    }

    /** True when every surrogate in {@code s} is one half of a pair. */
    public static boolean wellFormed(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Checks every field name and string value of the tree, without recursion. */
    public static Optional<FrameProblem> check(JsonNode root) {
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isTextual()) {
                if (!wellFormed(node.textValue())) {
                    return Optional.of(FrameProblem.invalidUnicode());
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!wellFormed(field.getKey())) {
                        return Optional.of(FrameProblem.invalidUnicode());
                    }
                    todo.push(field.getValue());
                }
            } else if (node.isArray()) {
                node.forEach(todo::push);
            }
        }
        return Optional.empty();
    }
}
