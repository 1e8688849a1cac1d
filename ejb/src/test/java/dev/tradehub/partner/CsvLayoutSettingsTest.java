package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradehub.translation.csv.CsvLayout;
import dev.tradehub.translation.csv.CsvLayout.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLayoutSettingsTest {

    @Test
    void settingsNameOnlyTheColumnsThatDifferFromTheStandard() {
        CsvLayout layout = new CsvLayoutSettings(";", true, "dd.MM.yyyy", Map.of("qty", "Menge")).toLayout();
        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.decimalComma()).isTrue();
        assertThat(layout.datePattern()).isEqualTo("dd.MM.yyyy");
        assertThat(layout.columns()).containsEntry(Field.QTY, "Menge").containsEntry(Field.PO_NUMBER, "poNumber");

        CsvLayoutSettings written = CsvLayoutSettings.of(layout);
        assertThat(written.columns()).containsEntry("qty", "Menge").hasSize(Field.values().length);
        assertThat(written.toLayout()).isEqualTo(layout);
        assertThat(new CsvLayoutSettings(null, null, null, null).toLayout()).isEqualTo(CsvLayout.standard());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> new CsvLayoutSettings("\"", false, "qqqq-bad{", Map.of("colour", "x", "qty", " "))
                .toLayout())
                .isInstanceOf(InvalidPartnerSettings.class)
                .hasMessageContaining("delimiter must be one character other than a quote")
                .hasMessageContaining("datePattern 'qqqq-bad{'")
                .hasMessageContaining("no field 'colour'")
                .hasMessageContaining("the column of qty needs a header");
    }
}
