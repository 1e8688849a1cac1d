package dev.tradehub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The buyer's part number for one of our products: by our default code (vendor SKU) or by GTIN. */
@Entity
@Table(name = "item_cross_reference")
public class ItemCrossReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_code")
    private Partner partner;

    @Column(name = "buyer_sku", nullable = false)
    private String buyerSku;

    @Column(name = "vendor_sku")
    private String vendorSku;

    private String gtin;

    protected ItemCrossReference() {
    }

    public ItemCrossReference(Partner partner, String buyerSku, String vendorSku, String gtin) {
        this.partner = partner;
        this.buyerSku = buyerSku;
        this.vendorSku = vendorSku;
        this.gtin = gtin;
    }

    public String getBuyerSku() {
        return buyerSku;
    }

    public String getVendorSku() {
        return vendorSku;
    }

    public String getGtin() {
        return gtin;
    }
}
