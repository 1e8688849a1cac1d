package dev.tradehub.delivery;

import dev.tradehub.partner.PartnerProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code MAILBOX}: the document waits in the partner's mailbox until the partner fetches it over the API. */
@ApplicationScoped
public class MailboxTransport implements OutboundTransport {

    @Override
    public String name() {
        return "MAILBOX";
    }

    @Override
    public Handover handOver(Parcel parcel, PartnerProfile partner) {
        return new Handover(Outcome.AWAITING_PICKUP, "in the mailbox of " + partner.code());
    }
}
