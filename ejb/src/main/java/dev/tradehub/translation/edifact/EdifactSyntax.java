package dev.tradehub.translation.edifact;

import dev.tradehub.canonical.DocumentError;
import dev.tradehub.canonical.ErrorCategory;
import dev.tradehub.canonical.ErrorReason;
import dev.tradehub.canonical.Location;
import dev.tradehub.translation.EnvelopeFacts;
import dev.tradehub.translation.PartyId;
import dev.tradehub.translation.Standard;
import dev.tradehub.translation.spi.EdiValues;
import dev.tradehub.translation.spi.Segment;
import dev.tradehub.translation.spi.EnvelopeSyntax;
import dev.tradehub.translation.spi.TransactionContext;
import dev.tradehub.translation.spi.TransactionMapper;
import java.time.LocalDate;
import java.util.Set;

/** The EDIFACT envelope: UNA, UNB/UNZ, UNG/UNE, UNH/UNT. Stateless and thread-safe. */
public final class EdifactSyntax extends EnvelopeSyntax {

    /** The directories TradeHub maps ORDERS, ORDCHG and INVRPT of (UNH S009 0052 + 0054). */
    private static final Set<String> MESSAGE_VERSIONS = Set.of("D96A", "D01B");
    private static final int UNA_LENGTH = 9;

    public EdifactSyntax() {
        super("UNA", new String[] {"UNH", "UNG", "UNB"}, new String[] {"UNT", "UNE", "UNZ"},
                new String[] {"UNH 0062", "UNG 0048", "UNB 0020"});
    }

    @Override
    public Standard standard() {
        return Standard.EDIFACT;
    }

    @Override
    public String countedItems(Level level, boolean interchangeHasGroups) {
        return switch (level) {
            case TRANSACTION -> "segments (UNH to UNT)";
            case GROUP -> "messages";
            case INTERCHANGE -> interchangeHasGroups ? "functional groups" : "messages";
        };
    }

    @Override
    public DocumentError checkHeader(CharSequence text, int offset) {
        if (text.length() - offset < 3 || text.charAt(offset + 2) != 'A') {
            return null; // no UNA: the default delimiters apply
        }
        if (text.length() - offset < UNA_LENGTH) {
            return unaError("the UNA service string advice is truncated: it must have six characters after UNA");
        }
        char component = text.charAt(offset + 3);
        char element = text.charAt(offset + 4);
        char decimal = text.charAt(offset + 5);
        char release = text.charAt(offset + 6);
        char terminator = text.charAt(offset + 8);
        if (decimal != '.' && decimal != ',') {
            return unaError("the decimal mark " + Character.toString(decimal) + " must be '.' or ','");
        }
        if (component == element || component == terminator || element == terminator
                || (release != ' ' && (release == component || release == element || release == terminator))
                || Character.isLetterOrDigit(component) || Character.isLetterOrDigit(element)
                || Character.isLetterOrDigit(terminator)) {
            return unaError("the delimiters (component " + component + ", element " + element + ", release "
                    + release + ", segment " + terminator + ") must be different non-alphanumeric characters");
        }
        return null;
    }

    private static DocumentError unaError(String text) {
        return new DocumentError(ErrorCategory.SYNTAX, new Location("UNA", 1, null, null, null), "UNA[1]: " + text,
                ErrorReason.HEADER_UNREADABLE);
    }

    @Override
    public EnvelopeFacts partialFacts(CharSequence text, int offset) {
        return new EnvelopeFacts(Standard.EDIFACT, null, null, null, null, null, false, false);
    }

    @Override
    public EnvelopeFacts interchangeFacts(Segment unb) {
        String syntax = unb.get(1, 1);
        String syntaxVersion = unb.get(1, 2);
        String version = syntax == null ? null : syntaxVersion == null ? syntax : syntax + ':' + syntaxVersion;
        String date = unb.get(4, 1);
        LocalDate day = date != null && date.length() == 8 ? EdiValues.ccyymmdd(date) : EdiValues.yymmdd(date);
        String time = EdiValues.hhmm(unb.get(4, 2));
        String preparedAt = day == null ? null : time == null ? day.toString() : day + "T" + time;
        return new EnvelopeFacts(Standard.EDIFACT, version, party(unb, 2), party(unb, 3), unb.get(5), preparedAt,
                "1".equals(unb.get(11)), "1".equals(unb.get(9)));
    }

    @Override
    public GroupFacts groupFacts(Segment ung) {
        return new GroupFacts(ung.get(1), ung.get(5), party(ung, 2), party(ung, 3), null);
    }

    @Override
    public TransactionHeader transactionHeader(Segment unh, GroupFacts group, EnvelopeFacts interchange) {
        String release = unh.get(2, 2);
        String directory = unh.get(2, 3);
        String version = release == null ? directory : directory == null ? release : release + directory;
        PartyId fallback = group != null && group.sender() != null ? group.sender()
                : interchange == null ? null : interchange.sender();
        return new TransactionHeader(unh.get(1), unh.get(2, 1), version, fallback);
    }

    @Override
    public TransactionMapper mapperFor(TransactionHeader header, TransactionContext context) {
        if (header.version() == null || !MESSAGE_VERSIONS.contains(header.version())) {
            return null;
        }
        return switch (String.valueOf(header.docType())) {
            case "ORDERS" -> new EdifactOrderReader(context, header.fallbackBuyer());
            case "ORDCHG" -> new EdifactOrderChangeReader(context);
            case "INVRPT" -> new EdifactInventoryReader(context, header.fallbackBuyer());
            default -> null;
        };
    }

    /** An identification with its code qualifier: UNB S002/S003, UNG S006/S007 (id, qualifier). */
    private static PartyId party(Segment segment, int element) {
        String id = segment.get(element, 1);
        String qualifier = segment.get(element, 2);
        return id == null && qualifier == null ? null : new PartyId(qualifier, id);
    }
}
