package dev.tradehub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossReferenceCsvTest {

    @Test
    void readsGoodRowsAndReportsEachBadRowByItsNumber() {
        CrossReferenceCsv.Reading reading = CrossReferenceCsv.read("""
                buyerSku,vendorSku,gtin
                ACM-1,FURN_6666,
                ACM-2,,036000291452
                ,FURN_7800,
                ACM-3,,12AB
                ACM-1,FURN_8888,
                ACM-4,FURN_1
                """);

        assertThat(reading.references()).containsExactly(
                new PartnerProfile.ItemReference("ACM-1", "FURN_6666", null),
                new PartnerProfile.ItemReference("ACM-2", null, "036000291452"));
        assertThat(reading.problems()).containsExactly(
                new CrossReferenceCsv.RowProblem(4, "buyerSku is empty"),
                new CrossReferenceCsv.RowProblem(5, "gtin '12AB' is not 8, 12, 13 or 14 digits"),
                new CrossReferenceCsv.RowProblem(6, "buyerSku 'ACM-1' is already on row 2"),
                new CrossReferenceCsv.RowProblem(7, "has 2 fields, expected 3 (buyerSku,vendorSku,gtin)"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheFileStopsBeingCsv() {
        CrossReferenceCsv.Reading reading = CrossReferenceCsv.read("buyerSku,vendorSku,gtin\nACM-1,FURN_1,\n\"ACM-2,FURN_2,\n");

        assertThat(reading.references()).containsExactly(new PartnerProfile.ItemReference("ACM-1", "FURN_1", null));
        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.problem()).startsWith("is not valid CSV from here on");
        });
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        assertThat(CrossReferenceCsv.read("ACM-1,FURN_6666,\n").problems())
                .containsExactly(new CrossReferenceCsv.RowProblem(1,
                        "the first row must be the header buyerSku,vendorSku,gtin"));
    }

    @Test
    void whatIsWrittenReadsBackTheSameWithQuotesAndFormulaCharactersDefused() {
        List<PartnerProfile.ItemReference> references = List.of(
                new PartnerProfile.ItemReference("A,1", "B\"2", null),
                new PartnerProfile.ItemReference("=cmd", "FURN_1", "00012345678905"));

        String csv = CrossReferenceCsv.write(references);

        assertThat(csv).startsWith("buyerSku,vendorSku,gtin\r\n\"A,1\",\"B\"\"2\",\r\n'=cmd,");
        assertThat(CrossReferenceCsv.read(csv).references()).containsExactly(
                new PartnerProfile.ItemReference("A,1", "B\"2", null),
                new PartnerProfile.ItemReference("'=cmd", "FURN_1", "00012345678905"));
    }
}
