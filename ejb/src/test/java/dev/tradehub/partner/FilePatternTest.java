package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilePatternTest {

    @Test
    void starQuestionMarkSetsAndAlternativesMatchWholeNamesIgnoringCase() {
        assertThat(FilePattern.of("*.edi").matches("order-1.EDI")).isTrue();
        assertThat(FilePattern.of("*.edi").matches("order-1.edi.bak")).isFalse();
        assertThat(FilePattern.of("ORD_????.x12").matches("ord_0042.x12")).isTrue();
        assertThat(FilePattern.of("ORD_????.x12").matches("ORD_042.x12")).isFalse();
        assertThat(FilePattern.of("*.{edi,x12}").matches("a.x12")).isTrue();
        assertThat(FilePattern.of("*.{edi,x12}").matches("a.csv")).isFalse();
        assertThat(FilePattern.of("[A-C]*.txt").matches("b1.txt")).isTrue();
        assertThat(FilePattern.of("[!A-C]*.txt").matches("b1.txt")).isFalse();
        assertThat(FilePattern.of("a+b(1).edi").matches("a+b(1).edi")).isTrue();
        assertThat(FilePattern.of("a+b(1).edi").matches("aab1.edi")).isFalse();
        assertThat(FilePattern.of(null).matches("anything")).isTrue();
    }

    @Test
    void aBrokenGlobIsNamedWithItsFault() {
        assertThat(FilePattern.problem("*.{edi")).contains("opens a { it never closes");
        assertThat(FilePattern.problem("[abc")).contains("opens a [");
        assertThat(FilePattern.problem("in/*.edi")).contains("names a folder");
        assertThat(FilePattern.problem("*.edi")).isNull();
    }
}
