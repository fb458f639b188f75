package dev.realmforge.engine.chat;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks listed words with asterisks of the same length. Matching ignores case and respects word
 * boundaries, so "class" is not touched by a listed "ass".
 */
public final class ProfanityFilter {

    private final Pattern pattern;

    public ProfanityFilter(Collection<String> words) {
        String alternatives = words.stream()
                .map(String::trim)
                .filter(w -> !w.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("\\b(?:" + alternatives + ")\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static ProfanityFilter disabled() {
        return new ProfanityFilter(java.util.List.of());
    }

    public String apply(String text) {
        if (pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, "*".repeat(matcher.group().length()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
