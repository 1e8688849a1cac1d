package dev.tradehub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner's unit-of-measure code and the Odoo unit it means. Partner code {@value #ALL_PARTNERS} holds the
 * defaults every partner gets unless it has its own row for the code.
 */
@Entity
@Table(name = "unit_mapping")
public class UnitMapping {

    public static final String ALL_PARTNERS = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "partner_unit", nullable = false)
    private String partnerUnit;

    @Column(name = "odoo_unit_name", nullable = false)
    private String odooUnitName;

    protected UnitMapping() {
    }

    public UnitMapping(String partnerCode, String partnerUnit, String odooUnitName) {
        this.partnerCode = partnerCode;
        this.partnerUnit = partnerUnit;
        this.odooUnitName = odooUnitName;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getPartnerUnit() {
        return partnerUnit;
    }

    public String getOdooUnitName() {
        return odooUnitName;
    }
}
