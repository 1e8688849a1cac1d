package dev.tradehub.translation.x12;

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

/** The X12 envelope: ISA/IEA, GS/GE, ST/SE. Stateless and thread-safe. */
public final class X12Syntax extends EnvelopeSyntax {

    /** The fixed widths of ISA01..ISA16. */
    private static final int[] ISA_WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final String[] ISA_NAMES = {
        "authorization qualifier", "authorization information", "security qualifier", "security information",
        "sender qualifier", "sender ID", "receiver qualifier", "receiver ID", "date", "time",
        "repetition separator / standards identifier", "control version", "control number",
        "acknowledgment requested", "usage indicator", "component separator"};
    /** Length of the ISA segment including its terminator. */
    private static final int ISA_LENGTH = 106;

    public X12Syntax() {
        super(null, new String[] {"ST", "GS", "ISA"}, new String[] {"SE", "GE", "IEA"},
                new String[] {"ST02", "GS06", "ISA13"});
    }

    @Override
    public Standard standard() {
        return Standard.X12;
    }

    @Override
    public String countedItems(Level level, boolean interchangeHasGroups) {
        return switch (level) {
            case TRANSACTION -> "segments (ST to SE)";
            case GROUP -> "transaction sets";
            case INTERCHANGE -> "functional groups";
        };
    }

    @Override
    public DocumentError checkHeader(CharSequence text, int offset) {
        int available = text.length() - offset;
        if (available < 4) {
            return envelope(null, "The ISA segment is truncated: the payload has only " + available + " characters");
        }
        char separator = text.charAt(offset + 3);
        if (Character.isLetterOrDigit(separator) || separator == ' ') {
            return new DocumentError(ErrorCategory.SYNTAX, new Location("ISA", 1, null, null, null),
                    "ISA[1]: the element separator " + describe(separator) + " is not a valid delimiter",
                    ErrorReason.HEADER_UNREADABLE);
        }
        int start = offset + 4;
        for (int i = 0; i < ISA_WIDTHS.length; i++) {
            int end = i < ISA_WIDTHS.length - 1 ? indexOf(text, separator, start) : start + 1;
            if (end < 0 || end > text.length()) {
                return envelope(i + 1, "the ISA segment is truncated: it ends before ISA" + two(i + 1)
                        + ", and ISA is a fixed-width segment of " + ISA_LENGTH + " characters");
            }
            int width = end - start;
            if (width != ISA_WIDTHS[i]) {
                return envelope(i + 1, "ISA" + two(i + 1) + " (" + ISA_NAMES[i] + ") is " + width
                        + " characters long but must be exactly " + ISA_WIDTHS[i]
                        + ": ISA is a fixed-width segment of " + ISA_LENGTH + " characters");
            }
            start = end + 1;
        }
        if (text.length() < offset + ISA_LENGTH) {
            return envelope(16, "the ISA segment has no segment terminator after ISA16");
        }
        char component = text.charAt(offset + ISA_LENGTH - 2);
        char terminator = text.charAt(offset + ISA_LENGTH - 1);
        if (terminator == separator || terminator == component || component == separator
                || Character.isLetterOrDigit(terminator) || Character.isLetterOrDigit(component)) {
            return new DocumentError(ErrorCategory.SYNTAX, new Location("ISA", 1, 16, null, null),
                    "ISA[1]: the delimiters are not usable: element separator " + describe(separator)
                            + ", component separator " + describe(component) + ", segment terminator "
                            + describe(terminator) + " must be three different non-alphanumeric characters",
                    ErrorReason.HEADER_UNREADABLE);
        }
        return null;
    }

    @Override
    public EnvelopeFacts partialFacts(CharSequence text, int offset) {
        if (text.length() - offset < 4) {
            return new EnvelopeFacts(Standard.X12, null, null, null, null, null, false, false);
        }
        char separator = text.charAt(offset + 3);
        Segment isa = new Segment();
        isa.begin("ISA", 1);
        int start = offset + 4;
        int limit = Math.min(text.length(), offset + 4 * ISA_LENGTH);
        for (int element = 1; element <= ISA_WIDTHS.length && start < limit; element++) {
            int end = indexOf(text, separator, start);
            if (end < 0 || end > limit) {
                end = element == ISA_WIDTHS.length ? Math.min(start + 1, limit) : limit;
            }
            isa.put(element, 0, 1, text.subSequence(start, end).toString());
            start = end + 1;
        }
        return interchangeFacts(isa);
    }

    @Override
    public EnvelopeFacts interchangeFacts(Segment isa) {
        String date = isa.trimmed(9);
        String time = isa.trimmed(10);
        String preparedAt = null;
        if (EdiValues.yymmdd(date) != null && EdiValues.hhmm(time) != null) {
            preparedAt = EdiValues.yymmdd(date) + "T" + EdiValues.hhmm(time);
        }
        return new EnvelopeFacts(Standard.X12, isa.trimmed(12), party(isa.trimmed(5), isa.trimmed(6)),
                party(isa.trimmed(7), isa.trimmed(8)), isa.trimmed(13), preparedAt, "T".equals(isa.trimmed(15)),
                "1".equals(isa.trimmed(14)));
    }

    @Override
    public GroupFacts groupFacts(Segment gs) {
        return new GroupFacts(gs.trimmed(1), gs.get(6), party(null, gs.trimmed(2)), party(null, gs.trimmed(3)),
                gs.trimmed(8));
    }

    @Override
    public TransactionHeader transactionHeader(Segment st, GroupFacts group, EnvelopeFacts interchange) {
        return new TransactionHeader(st.get(2), st.get(1), group == null ? null : group.version(),
                group == null ? null : group.sender());
    }

    @Override
    public TransactionMapper mapperFor(TransactionHeader header, TransactionContext context) {
        String version = header.version();
        if (version == null || !(version.startsWith("00401") || version.startsWith("00501"))) {
            return null;
        }
        return switch (String.valueOf(header.docType())) {
            case "850" -> new X12OrderReader(context, header.fallbackBuyer());
            case "860" -> new X12OrderChangeReader(context);
            case "846" -> new X12InventoryReader(context, header.fallbackBuyer());
            default -> null;
        };
    }

    private static PartyId party(String qualifier, String id) {
        return id == null && qualifier == null ? null : new PartyId(qualifier, id);
    }

    private static DocumentError envelope(Integer element, String text) {
        return new DocumentError(ErrorCategory.ENVELOPE, new Location("ISA", 1, element, null, null),
                element == null ? text : "ISA[1] element " + element + ": " + text, ErrorReason.HEADER_UNREADABLE);
    }

    private static int indexOf(CharSequence text, char c, int from) {
        int limit = Math.min(text.length(), from + 4 * ISA_LENGTH);
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static String describe(char c) {
        if (c == '\n') {
            return "'\\n'";
        }
        if (c == '\r') {
            return "'\\r'";
        }
        return c < ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
