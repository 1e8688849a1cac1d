package dev.tradehub.web.portal.partners;

import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The partner list. A distributor has tens of partners, not thousands: the registry's list is read whole, as
 * {@code GET /api/v1/partners} reads it.
 */
@Named
@RequestScoped
public class PartnerList {

    @EJB
    private PartnerRegistry registry;

    private List<PartnerProfile> partners;

    @PostConstruct
    void read() {
        partners = registry.list();
    }

    public List<PartnerProfile> getPartners() {
        return partners;
    }
}
