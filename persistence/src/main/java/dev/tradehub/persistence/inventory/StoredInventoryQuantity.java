package dev.tradehub.persistence.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One quantity of one item in an inventory report: its kind, where, as of when. */
@Entity
@Table(name = "inventory_quantity")
@SequenceGenerator(name = "tradehub_seq", sequenceName = "tradehub_seq", allocationSize = 50)
public class StoredInventoryQuantity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private StoredInventoryReport report;

    @Column(nullable = false)
    private int position;

    private String upc;

    @Column(name = "vendor_sku")
    private String vendorSku;

    @Column(name = "buyer_sku")
    private String buyerSku;

    private String description;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    private String uom;

    private String location;

    @Column(name = "as_of")
    private LocalDate asOf;

    protected StoredInventoryQuantity() {
    }

    public StoredInventoryQuantity(StoredInventoryReport report, int position, String upc, String vendorSku,
            String buyerSku, String description, String kind, BigDecimal quantity, String uom, String location,
            LocalDate asOf) {
        this.report = report;
        this.position = position;
        this.upc = upc;
        this.vendorSku = vendorSku;
        this.buyerSku = buyerSku;
        this.description = description == null || description.length() <= 400 ? description
                : description.substring(0, 400);
        this.kind = kind;
        this.quantity = quantity;
        this.uom = uom;
        this.location = location;
        this.asOf = asOf;
    }

    public StoredInventoryReport getReport() {
        return report;
    }

    public int getPosition() {
        return position;
    }

    public String getUpc() {
        return upc;
    }

    public String getVendorSku() {
        return vendorSku;
    }

    public String getBuyerSku() {
        return buyerSku;
    }

    public String getDescription() {
        return description;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUom() {
        return uom;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
