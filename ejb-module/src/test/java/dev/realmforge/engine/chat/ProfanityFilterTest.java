package dev.realmforge.engine.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfanityFilterTest {

    @Test
    void listedWordIsMaskedWithAsterisksOfTheSameLength() {
        assertThat(new ProfanityFilter(List.of("bloody")).apply("a bloody mess")).isEqualTo("a ****** mess");
    }

    @Test
    void matchingIgnoresCase() {
        assertThat(new ProfanityFilter(List.of("damn")).apply("Damn it, DAMN!")).isEqualTo("**** it, ****!");
    }

    @Test
    void wordInsideALongerWordIsNotTouched() {
        assertThat(new ProfanityFilter(List.of("ass")).apply("first class passage, ass"))
                .isEqualTo("first class passage, ***");
    }

    @Test
    void everyListedWordIsMasked() {
        assertThat(new ProfanityFilter(List.of("damn", "crap")).apply("damn this crap"))
                .isEqualTo("**** this ****");
    }

    @Test
    void listedWordsAreMatchedLiterallyNotAsRegex() {
        assertThat(new ProfanityFilter(List.of("a.b")).apply("axb a.b")).isEqualTo("axb ***");
    }

    @Test
    void emptyListLeavesTextUnchanged() {
        assertThat(new ProfanityFilter(List.of()).apply("damn it")).isEqualTo("damn it");
    }

    @Test
    void blankEntriesAreIgnored() {
        assertThat(new ProfanityFilter(List.of(" ", "")).apply("damn it")).isEqualTo("damn it");
    }

    @Test
    void disabledFilterLeavesTextUnchanged() {
        assertThat(ProfanityFilter.disabled().apply("damn it")).isEqualTo("damn it");
    }

    @Test
    void textWithDollarAndBackslashSurvivesMasking() {
        assertThat(new ProfanityFilter(List.of("damn")).apply("damn $1 \\o/")).isEqualTo("**** $1 \\o/");
    }
}
