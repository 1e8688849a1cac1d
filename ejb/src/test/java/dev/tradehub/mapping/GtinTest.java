package dev.tradehub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void upcEanAndGtin14OfOneItemNormaliseAlike() {
        assertThat(Gtin.normalise("036000291452")).contains("00036000291452");
        assertThat(Gtin.normalise("0036000291452")).contains("00036000291452");
        assertThat(Gtin.normalise("00036000291452")).contains("00036000291452");
        assertThat(Gtin.normalise(" 4006381333931 ")).contains("04006381333931");
        assertThat(Gtin.normalise("96385074")).contains("00000096385074");
    }

    @Test
    void otherCodesAreNotGtins() {
        assertThat(Gtin.normalise("FURN_8888")).isEmpty();
        assertThat(Gtin.normalise("12345")).isEmpty();
        assertThat(Gtin.normalise("1234567890")).isEmpty();
        assertThat(Gtin.normalise(null)).isEmpty();
    }

    @Test
    void variantsListEveryStoredLengthWithoutLosingDigits() {
        assertThat(Gtin.variants("036000291452"))
                .containsExactly("00036000291452", "0036000291452", "036000291452");
        assertThat(Gtin.variants("40164785534112")).containsExactly("40164785534112");
        assertThat(Gtin.variants("4006381333931")).containsExactly("04006381333931", "4006381333931");
        assertThat(Gtin.variants("ABC")).containsExactly("ABC");
        assertThat(Gtin.variants(" ")).isEmpty();
    }

    @Test
    void checkDigit() {
        assertThat(Gtin.hasValidCheckDigit("036000291452")).isTrue();
        assertThat(Gtin.hasValidCheckDigit("4006381333931")).isTrue();
        assertThat(Gtin.hasValidCheckDigit("4006381333932")).isFalse();
        assertThat(Gtin.hasValidCheckDigit("FURN")).isFalse();
    }
}
