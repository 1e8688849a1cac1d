package dev.tradehub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An identifier in an envelope: the partner's own (they send from it) or ours (they address us with it). */
@Entity
@Table(name = "partner_identifier")
public class PartnerIdentifier {

    /** Whose identifier it is. */
    public enum Owner { THEIRS, OURS }

    /** Which envelope level carries it. */
    public enum Envelope {
        /** X12 ISA05/06 (ISA07/08 for ours), EDIFACT UNB. */
        INTERCHANGE,
        /** X12 GS02 (GS03 for ours), EDIFACT UNG. */
        GROUP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tradehub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_code")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Owner owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Envelope envelope;

    private String qualifier;

    @Column(name = "id_value", nullable = false)
    private String value;

    protected PartnerIdentifier() {
    }

    public PartnerIdentifier(Partner partner, Owner owner, Envelope envelope, String qualifier, String value) {
        this.partner = partner;
        this.owner = owner;
        this.envelope = envelope;
        this.qualifier = qualifier;
        this.value = value;
    }

    public Partner getPartner() {
        return partner;
    }

    public Owner getOwner() {
        return owner;
    }

    public Envelope getEnvelope() {
        return envelope;
    }

    public String getQualifier() {
        return qualifier;
    }

    public String getValue() {
        return value;
    }
}
