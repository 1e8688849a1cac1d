package dev.tradehub.partner;

import java.util.List;
import java.util.Map;

/**
 * A trading partner's profile as an integration engineer writes it ({@code PUT /api/v1/partners/{code}}, the seed
 * file). Field names are part of the public API.
 *
 * @param code                short code, e.g. {@code ACME}
 * @param name                display name
 * @param standard            {@code X12} or {@code EDIFACT}
 * @param versions            versions the partner sends, e.g. {@code 004010} or {@code D96A}
 * @param odooCustomerRef     the {@code ref} of the customer in Odoo ({@code res.partner})
 * @param active              false stops processing of the partner's documents
 * @param interchangeIds      the partner's IDs in the interchange envelope (ISA05/06, UNB sender)
 * @param groupIds            the partner's IDs in functional groups (GS02, UNG sender)
 * @param ourIds              our IDs as the partner addresses us (ISA07/08, UNB recipient); empty = not checked
 * @param itemCrossReferences the buyer's part numbers for our products
 * @param unitsOfMeasure      the partner's unit codes -> Odoo unit names, over the defaults
 * @param maxAttempts         attempts before a message goes to the dead letter channel when Odoo keeps failing;
 *                            null = the default ({@code tradehub.retry.max-attempts})
 * @param mode                {@code PRODUCTION} (default) or {@code TEST}: the test indicator of what we send
 *                            (ISA15, UNB 0035)
 * @param acknowledgements    which acknowledgements the partner gets; null = the defaults (X12: 997 or 999, TA1 when
 *                            ISA14 asks; EDIFACT: CONTRL when UNB 0031 asks)
 * @param outbound            how the partner wants our interchanges enveloped and delivered; null = the standard's
 *                            defaults, our first ID in {@code ourIds}, delivery to its mailbox
 * @param documents           which documents of the order's life the partner gets and when they are due; null =
 *                            all of them, with the default service levels
 * @param shipTo              where an order without a ship-to goes; null = to the customer itself
 * @param channels            the channels the partner sends on and the connection details of the outbound one;
 *                            null = any inbound channel, no connection details
 */
public record PartnerProfile(
        String code,
        String name,
        String standard,
        List<String> versions,
        String odooCustomerRef,
        Boolean active,
        List<EnvelopeId> interchangeIds,
        List<EnvelopeId> groupIds,
        List<EnvelopeId> ourIds,
        List<ItemReference> itemCrossReferences,
        Map<String, String> unitsOfMeasure,
        Integer maxAttempts,
        String mode,
        AcknowledgementSettings acknowledgements,
        OutboundSettings outbound,
        DocumentSettings documents,
        ShipToSettings shipTo,
        ChannelSettings channels) {

    public PartnerProfile {
        versions = versions == null ? List.of() : List.copyOf(versions);
        interchangeIds = interchangeIds == null ? List.of() : List.copyOf(interchangeIds);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        ourIds = ourIds == null ? List.of() : List.copyOf(ourIds);
        itemCrossReferences = itemCrossReferences == null ? List.of() : List.copyOf(itemCrossReferences);
        unitsOfMeasure = unitsOfMeasure == null ? Map.of() : Map.copyOf(unitsOfMeasure);
    }

    public boolean isActive() {
        return active == null || active;
    }

    private static final List<String> MODES = List.of("PRODUCTION", "TEST");
    private static final List<String> FUNCTIONAL = List.of("BY_VERSION", "997", "999", "CONTRL", "NONE");
    private static final List<String> INTERCHANGE = List.of("WHEN_REQUESTED", "ALWAYS", "ON_ERROR", "NEVER");
    private static final List<String> LINE_ENDINGS = List.of("NONE", "LF", "CRLF");
    private static final List<String> TRANSPORTS = List.of("MAILBOX", "FOLDER", "SFTP", "SFTP_MAILBOX", "AS2");
    private static final List<String> SHIP_TO = List.of("CUSTOMER", "ADDRESS", "REJECT");

    /** What is wrong with the mode, acknowledgement and outbound settings, as sentences for the API's 400. */
    public List<String> settingsProblems() {
        List<String> problems = new java.util.ArrayList<>();
        oneOf(problems, "mode", mode, MODES);
        if (acknowledgements != null) {
            oneOf(problems, "acknowledgements.functional", acknowledgements.functional(), FUNCTIONAL);
            oneOf(problems, "acknowledgements.interchange", acknowledgements.interchange(), INTERCHANGE);
            if (acknowledgements.overdueHours() != null
                    && (acknowledgements.overdueHours() < 1 || acknowledgements.overdueHours() > 24 * 31)) {
                problems.add("acknowledgements.overdueHours must be between 1 and 744");
            }
        }
        if (outbound != null) {
            oneOf(problems, "outbound.lineEnding", outbound.lineEnding(), LINE_ENDINGS);
            oneOf(problems, "outbound.transport", outbound.transport(), TRANSPORTS);
            List<String> separators = new java.util.ArrayList<>();
            for (String[] separator : new String[][] {{"elementSeparator", outbound.elementSeparator()},
                    {"componentSeparator", outbound.componentSeparator()},
                    {"repetitionSeparator", outbound.repetitionSeparator()},
                    {"segmentTerminator", outbound.segmentTerminator()}}) {
                String value = separator[1];
                if (value == null) {
                    continue;
                }
                if (value.length() != 1 || Character.isLetterOrDigit(value.charAt(0)) || value.charAt(0) == ' ') {
                    problems.add("outbound." + separator[0] + " must be one character that is no letter, digit or space");
                } else if (separators.contains(value)) {
                    problems.add("outbound." + separator[0] + " '" + value + "' is already used by another separator");
                }
                separators.add(value);
            }
            if ("FOLDER".equalsIgnoreCase(outbound.transport()) && (outbound.folder() == null || outbound.folder().isBlank())) {
                problems.add("outbound.folder is required with the FOLDER transport");
            }
        }
        if (channels != null) {
            for (String channel : channels.inbound()) {
                oneOf(problems, "channels.inbound", channel, ChannelSettings.INBOUND);
            }
            if (channels.as2() != null) {
                problems.addAll(channels.as2().problems());
            }
        }
        if (outbound != null && "AS2".equalsIgnoreCase(outbound.transport() == null ? null : outbound.transport().trim())) {
            if (channels == null || channels.as2() == null) {
                problems.add("channels.as2 (url, partnerId, certificate) is required with the AS2 transport");
            } else {
                problems.addAll(channels.as2().problemsAsOutboundTransport());
            }
        }
        sftpProblems(problems);
        if (shipTo != null) {
            oneOf(problems, "shipTo.whenMissing", shipTo.whenMissing(), SHIP_TO);
            if ("ADDRESS".equalsIgnoreCase(shipTo.whenMissing()) && (shipTo.addressRef() == null || shipTo.addressRef().isBlank())) {
                problems.add("shipTo.addressRef is required when shipTo.whenMissing is ADDRESS");
            }
        }
        if (documents != null) {
            for (Object[] level : new Object[][] {{"orderResponseWithinHours", documents.orderResponseWithinHours()},
                    {"shipNoticeWithinHours", documents.shipNoticeWithinHours()},
                    {"invoiceWithinHours", documents.invoiceWithinHours()}}) {
                if (level[1] != null && ((Integer) level[1] < 1 || (Integer) level[1] > 24 * 31)) {
                    problems.add("documents." + level[0] + " must be between 1 and 744");
                }
            }
        }
        return problems;
    }

    /**
     * The SFTP settings: polling ({@code channels.sftp.inboundFolder}) and upload ({@code outbound.transport} SFTP)
     * need the host, the user, the pinned host key and a credential; the mailbox ({@code channels.mailbox}, and the
     * {@code SFTP_MAILBOX} transport) needs an account name and a password or key.
     */
    private void sftpProblems(List<String> problems) {
        ChannelSettings.SftpSettings sftp = channels == null ? null : channels.sftp();
        boolean uploads = "SFTP".equals(outboundTransport());
        if (uploads && (sftp == null || blank(sftp.outboundFolder()))) {
            problems.add("channels.sftp.outboundFolder is required with the SFTP transport");
        }
        if (sftp != null && (uploads || !blank(sftp.inboundFolder()) || !blank(sftp.host()))) {
            if (blank(sftp.host())) {
                problems.add("channels.sftp.host is required");
            } else if (!sftp.host().trim().matches("[A-Za-z0-9._:\\[\\]-]+")) {
                problems.add("channels.sftp.host '" + sftp.host() + "' is no host name or address");
            }
            if (blank(sftp.user())) {
                problems.add("channels.sftp.user is required");
            }
            if (blank(sftp.passwordRef()) && blank(sftp.privateKeyRef())) {
                problems.add("channels.sftp needs passwordRef or privateKeyRef: the configuration key that holds the"
                        + " password or the private key (never the secret itself)");
            }
            String hostKey = hostKeySyntax(sftp.hostKey());
            if (hostKey != null) {
                problems.add(hostKey);
            }
            if (sftp.port() != null && (sftp.port() < 1 || sftp.port() > 65535)) {
                problems.add("channels.sftp.port must be between 1 and 65535");
            }
            if (sftp.pollSeconds() != null && (sftp.pollSeconds() < 1 || sftp.pollSeconds() > 86400)) {
                problems.add("channels.sftp.pollSeconds must be between 1 and 86400");
            }
            if (sftp.settleSeconds() != null && (sftp.settleSeconds() < 0 || sftp.settleSeconds() > 3600)) {
                problems.add("channels.sftp.settleSeconds must be between 0 and 3600");
            }
            String pattern = FilePattern.problem(sftp.filePattern());
            if (pattern != null) {
                problems.add("channels.sftp.filePattern: " + pattern);
            }
            if (!blank(sftp.inboundFolder()) && sftp.inboundFolder().trim().equals(trimmed(sftp.doneFolder()))) {
                problems.add("channels.sftp.doneFolder must differ from inboundFolder");
            }
        }
        ChannelSettings.FolderSettings folder = channels == null ? null : channels.folder();
        if (folder != null) {
            String pattern = FilePattern.problem(folder.filePattern());
            if (pattern != null) {
                problems.add("channels.folder.filePattern: " + pattern);
            }
            if (blank(folder.inbound())) {
                problems.add("channels.folder.inbound (the watched folder) is required with channels.folder");
            }
        }
        ChannelSettings.MailboxSettings mailbox = channels == null ? null : channels.mailbox();
        if ("SFTP_MAILBOX".equals(outboundTransport()) && (mailbox == null || blank(mailbox.user()))) {
            problems.add("channels.mailbox.user is required with the SFTP_MAILBOX transport");
        }
        if (mailbox != null) {
            if (blank(mailbox.user()) || !mailbox.user().trim().matches("[A-Za-z0-9_.-]{1,64}")) {
                problems.add("channels.mailbox.user must be 1 to 64 letters, digits, '_', '.' or '-'");
            }
            if (blank(mailbox.passwordRef()) && mailbox.authorizedKeys().isEmpty()) {
                problems.add("channels.mailbox needs passwordRef (the configuration key holding its password) or"
                        + " authorizedKeys");
            }
            for (String key : mailbox.authorizedKeys()) {
                if (key == null || !AUTHORIZED_KEY.matcher(key.trim()).find()) {
                    problems.add("channels.mailbox.authorizedKeys: '" + key + "' is no authorized_keys line"
                            + " (ssh-ed25519 AAAA... comment)");
                }
            }
        }
    }

    private static final java.util.regex.Pattern AUTHORIZED_KEY = java.util.regex.Pattern.compile(
            "(^|\\s)(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-\\S+)\\s+AAAA[A-Za-z0-9+/=]+");

    /**
     * The shape of a pin: a SHA256 fingerprint, or a line with a key type and its base64 key. Its shape only: the
     * SFTP channel reads the key itself ({@code HostKeyPin}) and says at connection time if it cannot (this package
     * stays free of the SSH library).
     */
    private static String hostKeySyntax(String hostKey) {
        if (blank(hostKey)) {
            return "channels.sftp.hostKey is required: the server's public key (a known_hosts line) or its SHA256"
                    + " fingerprint; TradeHub never trusts an unknown server";
        }
        String value = hostKey.trim();
        if (value.matches("(?i)SHA256:[A-Za-z0-9+/]{43}=?") || AUTHORIZED_KEY.matcher(value).find()) {
            return null;
        }
        return "channels.sftp.hostKey '" + value + "' is neither a SHA256 fingerprint (SHA256:...) nor a known_hosts"
                + " line (host ssh-ed25519 AAAA...)";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static void oneOf(List<String> problems, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value.trim().toUpperCase(java.util.Locale.ROOT))) {
            problems.add(field + " must be one of " + allowed + ", not '" + value + "'");
        }
    }

    /** The profile's channel settings, the defaults where it says nothing. */
    public ChannelSettings channelSettings() {
        return channels != null ? channels : new ChannelSettings(null, null, null, null, null);
    }

    /** The transport of the partner's outbound documents, {@code MAILBOX} when none is set. */
    public String outboundTransport() {
        return outbound == null || outbound.transport() == null || outbound.transport().isBlank() ? "MAILBOX"
                : outbound.transport().trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The profile's document settings, the defaults where it says nothing. */
    public DocumentSettings documentSettings() {
        return documents != null ? documents : new DocumentSettings(null, null, null, null, null, null, null, null);
    }

    /** Whether what we send the partner is marked as test data. */
    public boolean isTest() {
        return "TEST".equalsIgnoreCase(mode);
    }

    /**
     * Which acknowledgements a partner gets.
     *
     * @param functional  {@code BY_VERSION} (X12: 997 for 004010 and earlier, 999 for 005010; EDIFACT: CONTRL),
     *                    {@code 997}, {@code 999}, {@code CONTRL} or {@code NONE} (default {@code BY_VERSION})
     * @param interchange the X12 TA1: {@code WHEN_REQUESTED} (ISA14 = 1, the default), {@code ALWAYS},
     *                    {@code ON_ERROR} (also when requested) or {@code NEVER}
     * @param onDuplicate whether a duplicate interchange is acknowledged again (default true: partners re-send
     *                    what they got no acknowledgement for)
     * @param overdueHours how long we wait for the partner's acknowledgement of what we send before it is
     *                    OVERDUE (default 24)
     */
    public record AcknowledgementSettings(String functional, String interchange, Boolean onDuplicate,
            Integer overdueHours) {
    }

    /**
     * How the partner wants our interchanges.
     *
     * @param ourId              our interchange ID as the partner knows us; null = the first of {@code ourIds}
     * @param theirId            the partner's interchange ID we address; null = the first of {@code interchangeIds}
     * @param version            X12 ISA12 ({@code 00401}, {@code 00501}) or EDIFACT syntax ({@code UNOC:3}); null =
     *                           what the partner's interchange used, else {@code 00401} / {@code UNOC:3}
     * @param elementSeparator   one character; null = {@code *} / {@code +}
     * @param componentSeparator one character; null = {@code >} / {@code :}
     * @param repetitionSeparator one character (X12 005010, EDIFACT syntax 4); null = {@code ^} / {@code *}
     * @param segmentTerminator  one character; null = {@code ~} / {@code '}
     * @param lineEnding         {@code NONE}, {@code LF} (default) or {@code CRLF} after each segment
     * @param groupSender        our application sender code (GS02); null = our interchange ID
     * @param groupReceiver      the partner's application receiver code (GS03); null = its interchange ID
     * @param transport          {@code MAILBOX} (default: the partner fetches over the API), {@code FOLDER},
     *                           {@code SFTP} (uploaded to the partner's server, {@code channels.sftp}),
     *                           {@code SFTP_MAILBOX} (the {@code out} folder of its account on our SFTP server) or
     *                           {@code AS2} ({@code channels.as2})
     * @param folder             the folder that {@code FOLDER} writes into
     */
    public record OutboundSettings(EnvelopeId ourId, EnvelopeId theirId, String version, String elementSeparator,
            String componentSeparator, String repetitionSeparator, String segmentTerminator, String lineEnding,
            String groupSender, String groupReceiver, String transport, String folder) {
    }

    /**
     * Which documents of an order's life the partner gets (for the orders TradeHub placed, and those the profile
     * claims), and the service levels they are held to: a document not sent within its hours is flagged overdue.
     *
     * @param orderResponse            855 / ORDRSP when Odoo confirms the order (default true)
     * @param orderResponseOnChange    another 855 / ORDRSP each time the confirmed order changes in Odoo (default
     *                                 false)
     * @param shipNotice               856 / DESADV per validated delivery (default true)
     * @param invoice                  810 / INVOIC per posted invoice or credit note (default true)
     * @param orderResponseWithinHours the 855 is due this long after the order came in (default 24)
     * @param shipNoticeWithinHours    the 856 is due this long after the delivery was validated (default 1)
     * @param invoiceWithinHours       the 810 is due this long after the invoice was posted (default 24)
     * @param claimCustomerOrders      the partner also gets the documents of the orders of its Odoo customer
     *                                 ({@code odooCustomerRef}) that were entered in Odoo rather than sent by the
     *                                 partner, the sale order's {@code client_order_ref} as their PO (default false)
     */
    public record DocumentSettings(Boolean orderResponse, Boolean orderResponseOnChange, Boolean shipNotice,
            Boolean invoice, Integer orderResponseWithinHours, Integer shipNoticeWithinHours, Integer invoiceWithinHours,
            Boolean claimCustomerOrders) {

        public boolean claimsCustomerOrders() {
            return claimCustomerOrders != null && claimCustomerOrders;
        }

        public boolean wantsOrderResponse() {
            return orderResponse == null || orderResponse;
        }

        public boolean wantsOrderResponseOnChange() {
            return orderResponseOnChange != null && orderResponseOnChange;
        }

        public boolean wantsShipNotice() {
            return shipNotice == null || shipNotice;
        }

        public boolean wantsInvoice() {
            return invoice == null || invoice;
        }

        public int orderResponseHours() {
            return orderResponseWithinHours == null ? 24 : orderResponseWithinHours;
        }

        public int shipNoticeHours() {
            return shipNoticeWithinHours == null ? 1 : shipNoticeWithinHours;
        }

        public int invoiceHours() {
            return invoiceWithinHours == null ? 24 : invoiceWithinHours;
        }
    }

    /**
     * What to do with an order that names no ship-to. Odoo left to itself picks the customer's first delivery
     * address (one store of many), so TradeHub always decides.
     *
     * @param whenMissing {@code CUSTOMER} (default: ship to the customer itself), {@code ADDRESS} (to the delivery
     *                    address {@code addressRef}) or {@code REJECT} (the order fails with a MAPPING error)
     * @param addressRef  the {@code ref} of the customer's delivery address in Odoo, for {@code ADDRESS}
     */
    public record ShipToSettings(String whenMissing, String addressRef) {

        /** The policy, {@code CUSTOMER} when none is set. */
        public String policy() {
            return whenMissing == null || whenMissing.isBlank() ? "CUSTOMER"
                    : whenMissing.trim().toUpperCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An identifier in an envelope.
     *
     * @param qualifier e.g. {@code ZZ}, {@code 01}, {@code 14}; null where the standard has none (GS02)
     * @param id        the identifier
     */
    public record EnvelopeId(String qualifier, String id) {
    }

    /**
     * A buyer's part number and our product: our default code ({@code vendorSku}) or a GTIN.
     */
    public record ItemReference(String buyerSku, String vendorSku, String gtin) {
    }
}
