package dev.tradehub.translation.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradehub.canonical.CanonicalOrder;
import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.translation.Disposition;
import dev.tradehub.translation.DocumentTranslator;
import dev.tradehub.translation.Interchange;
import dev.tradehub.translation.Standard;
import dev.tradehub.translation.TransactionSet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CanonicalOrderJsonReaderTest {

    private final DocumentTranslator translator = new DocumentTranslator();

    @Test
    void readsEveryFieldOfTheCanonicalOrder() {
        Interchange interchange = translate("""
                 {"poNumber": "WEB-1001", "poDate": "2026-11-27", "currency": "EUR",
                  "buyer": {"id": "4012345000016", "name": "Beta Handels GmbH"},
                  "shipTo": {"id": "4012345000009", "name": "Beta Lager Hamburg", "street": "Lagerstrasse 5",
                             "street2": null, "city": "Hamburg", "state": null, "zip": "20095", "country": "DE"},
                  "requestedShipDate": "2026-12-01",
                  "lines": [{"lineNo": "10", "qty": 4, "uom": "PCE", "unitPrice": 99.50, "upc": "4006381333931",
                             "vendorSku": null, "buyerSku": "B-77", "description": "Cable box"},
                            {"lineNo": 20, "qty": 1.5, "uom": "KGM", "vendorSku": "FURN_0001"}],
                  "totalLines": 2}""");

        assertThat(interchange.envelope().standard()).isEqualTo(Standard.JSON);
        assertThat(interchange.errors()).isEmpty();
        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.ACCEPTED);
        CanonicalOrder order = set.order();
        assertThat(order.poNumber()).isEqualTo("WEB-1001");
        assertThat(order.poDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.buyer().name()).isEqualTo("Beta Handels GmbH");
        assertThat(order.shipTo().id()).isEqualTo("4012345000009");
        assertThat(order.shipTo().zip()).isEqualTo("20095");
        assertThat(order.requestedShipDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(order.totalLines()).isEqualTo(2);
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo("99.5");
        assertThat(order.lines().get(0).buyerSku()).isEqualTo("B-77");
        assertThat(order.lines().get(1).lineNo()).isEqualTo("20");
        assertThat(order.lines().get(1).qty()).isEqualTo(new BigDecimal("1.5"));
        assertThat(order.lines().get(1).unitPrice()).isNull();
    }

    @Test
    void everyProblemIsCategorisedAndLocatedByItsPath() {
        Interchange interchange = translate("""
                {"poDate": "2026-13-01", "currency": "euro",
                 "lines": [{"qty": "four", "upc": "1"}, {"qty": 0}, 5], "totalLines": 7}""");

        TransactionSet set = interchange.transactionSets().get(0);
        assertThat(set.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(set.order()).isNull();
        assertThat(set.errors()).extracting(e -> e.category() + " " + e.location().segment()).containsExactly(
                "MISSING_MANDATORY $.poNumber",
                "INVALID_VALUE $.poDate",
                "INVALID_VALUE $.currency",
                "INVALID_VALUE $.lines[0].qty",
                "INVALID_VALUE $.lines[1].qty",
                "MISSING_MANDATORY $.lines[1]",
                "INVALID_VALUE $.lines[2]",
                "INVALID_VALUE $.totalLines");
        assertThat(set.errors().get(1).message()).contains("2026-13-01");
    }

    @Test
    void brokenJsonIsASyntaxErrorOfTheWholePayload() {
        Interchange interchange = translate("{\"poNumber\": \"X\", ");
        assertThat(interchange.rejected()).isTrue();
        DocumentError error = interchange.errors().get(0);
        assertThat(error.category()).isEqualTo(ErrorCategory.SYNTAX);
        assertThat(error.message()).startsWith("The payload is not valid JSON");

        assertThat(translate("{}").transactionSets().get(0).errors()).extracting(DocumentError::message)
                .contains("poNumber is required", "The order has no lines");
    }

    private Interchange translate(String json) {
        return translator.translate(json.getBytes(StandardCharsets.UTF_8));
    }
}
