package dev.tradehub.translation.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdiValuesTest {

    @Test
    void decimalsAreExact() {
        assertThat(EdiValues.decimal("10", false)).isEqualTo(new BigDecimal("10"));
        assertThat(EdiValues.decimal("2.5", false)).isEqualTo(new BigDecimal("2.5"));
        assertThat(EdiValues.decimal(".5", false)).isEqualTo(new BigDecimal("0.5"));
        assertThat(EdiValues.decimal("-3", false)).isEqualTo(new BigDecimal("-3"));
        assertThat(EdiValues.decimal("12,50", true)).isEqualTo(new BigDecimal("12.50"));
        assertThat(EdiValues.decimal("1,5", true)).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void nonNumbersAreRejected() {
        for (String text : new String[] {"x5", "", "-", ".", "1.2.3", "1e5", "1 000", "1,5", "NaN", null}) {
            assertThat(EdiValues.decimal(text, false)).as(text).isNull();
        }
        assertThat(EdiValues.decimal("1,5,0", true)).isNull();
        assertThat(EdiValues.decimal("1.5,0", true)).isNull();
        assertThat(EdiValues.decimal("1".repeat(41), false)).isNull();
    }

    @Test
    void datesAreRealCalendarDates() {
        assertThat(EdiValues.ccyymmdd("20260115")).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(EdiValues.ccyymmdd("20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(EdiValues.ccyymmdd("20250229")).isNull();
        assertThat(EdiValues.ccyymmdd("20261345")).isNull();
        assertThat(EdiValues.ccyymmdd("20260431")).isNull();
        assertThat(EdiValues.ccyymmdd("2026011")).isNull();
        assertThat(EdiValues.ccyymmdd("2026-1-1")).isNull();
        assertThat(EdiValues.yymmdd("260115")).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(EdiValues.datePrefix("202601201400", 12)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(EdiValues.datePrefix("202601202500", 12)).as("hour 25").isNull();
        assertThat(EdiValues.datePrefix("20260120140059", 14)).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(EdiValues.datePrefix("2026012014", 12)).isNull();
        assertThat(EdiValues.hhmm("1030")).isEqualTo("10:30");
        assertThat(EdiValues.hhmm("2460")).isNull();
    }

    @Test
    void counts() {
        assertThat(EdiValues.count("12")).isEqualTo(12);
        assertThat(EdiValues.count("1.0")).isEqualTo(-1);
        assertThat(EdiValues.count("")).isEqualTo(-1);
        assertThat(EdiValues.count("1234567890")).isEqualTo(-1);
    }
}
