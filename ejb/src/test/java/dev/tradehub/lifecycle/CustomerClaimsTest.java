package dev.tradehub.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerClaimsTest {

    private static final Map<String, String> UNITS = Map.of("EA", "Units", "PCE", "Units", "C62", "Units",
            "CA", "Pack of 6", "PK", "Pack of 6", "DZ", "Dozens");

    @Test
    void anX12PartnerGetsItsTwoLetterCodeAndAnEdifactPartnerItsThreeLetterOne() {
        assertThat(CustomerClaims.unitCode(UNITS, "Units", true)).isEqualTo("EA");
        assertThat(CustomerClaims.unitCode(UNITS, "Units", false)).isEqualTo("C62");
        assertThat(CustomerClaims.unitCode(UNITS, "units", true)).as("Odoo's names, whatever the case").isEqualTo("EA");
    }

    @Test
    void amongCodesOfTheSameLengthTheFirstInAlphabeticalOrderAndNoneForAnUnmappedUnit() {
        assertThat(CustomerClaims.unitCode(UNITS, "Pack of 6", true)).isEqualTo("CA");
        assertThat(CustomerClaims.unitCode(UNITS, "Pack of 6", false)).as("no three-letter code: a two-letter one")
                .isEqualTo("CA");
        assertThat(CustomerClaims.unitCode(UNITS, "Pallets", true)).isNull();
        assertThat(CustomerClaims.unitCode(UNITS, null, true)).isNull();
    }
}
