package dev.tradehub.web.portal.partners;

import dev.tradehub.access.Role;
import dev.tradehub.partner.PartnerProfile;
import dev.tradehub.partner.PartnerProfileRules;
import dev.tradehub.partner.PartnerRegistry;
import dev.tradehub.web.portal.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The guided onboarding form (ENGINEER and above): a new partner, or an existing one to change (the {@code code}
 * parameter). The profile is checked by {@link PartnerProfileRules}, as the API's {@code PUT} checks it, and saved
 * by {@link PartnerRegistry}.
 */
@Named
@ViewScoped
public class PartnerOnboarding implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PartnerRegistry registry;

    @Inject
    private CurrentUser user;

    private String code;
    private boolean existing;
    private PartnerForm form = new PartnerForm();

    /** The page's view action: fills the form from the stored profile when a code is given. */
    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        registry.find(code).ifPresentOrElse(profile -> {
            form = PartnerForm.of(profile);
            existing = true;
        }, () -> Messages.addGlobalError("There is no partner {0}; the form starts a new one.", code));
    }

    public String save() {
        if (!user.permits(Role.ENGINEER, "onboard or change partners")) {
            return null;
        }
        String partnerCode = form.getCode() == null ? "" : form.getCode().trim();
        PartnerProfile stored = registry.find(partnerCode).orElse(null);
        if (stored != null && !existing) {
            Messages.addGlobalError("A partner {0} exists already: open it from the partner list to change it.",
                    partnerCode);
            return null;
        }
        List<String> problems = new ArrayList<>();
        PartnerProfile profile = form.toProfile(stored, problems);
        problems.addAll(PartnerProfileRules.problems(partnerCode, profile));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> Messages.addGlobalError(problem));
            return null;
        }
        registry.save(PartnerProfileRules.withCode(partnerCode, profile), user.actor());
        Messages.addFlashGlobalInfo("Partner {0} saved ({1}).", partnerCode,
                profile.isTest() ? "test mode: what we send is marked as test data" : "production");
        // A navigation redirect, so that JSF puts the protected view's token into the URL.
        return "/partners/partner?faces-redirect=true&code=" + java.net.URLEncoder.encode(partnerCode,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PartnerForm getForm() {
        return form;
    }
}
