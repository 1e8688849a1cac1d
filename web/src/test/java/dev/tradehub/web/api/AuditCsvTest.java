package dev.tradehub.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(AuditResource.cell("plain")).isEqualTo("plain");
        assertThat(AuditResource.cell(null)).isEmpty();
        assertThat(AuditResource.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditResource.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditResource.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditResource.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditResource.cell("+1")).isEqualTo("'+1");
        assertThat(AuditResource.cell("-2")).isEqualTo("'-2");
        assertThat(AuditResource.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditResource.cell("\tx")).isEqualTo("'\tx");
    }
}
