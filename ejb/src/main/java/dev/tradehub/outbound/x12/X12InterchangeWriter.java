package dev.tradehub.outbound.x12;

import dev.tradehub.outbound.ControlNumbers;
import dev.tradehub.outbound.OutboundContent;
import dev.tradehub.outbound.OutboundEnvelope;
import dev.tradehub.outbound.OutboundSegment;
import dev.tradehub.outbound.OutboundWriteException;
import dev.tradehub.outbound.SegmentWriting;
import dev.tradehub.outbound.WrittenInterchange;
import dev.tradehub.translation.PartyId;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes X12 interchanges with StAEDI's writer, which checks the envelope against X12's control schema as it writes
 * (element sizes and types of ISA/GS/ST/SE/GE/IEA): an interchange that would break the standard is never produced.
 * Control numbers come from a {@link ControlNumbers} source (ISA13, GS06 and ST02, each increasing per partner and
 * sender ID). Stateless and thread-safe.
 */
public final class X12InterchangeWriter {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    public WrittenInterchange write(OutboundEnvelope envelope, OutboundContent content, LocalDateTime at,
            ControlNumbers numbers) {
        String version = envelope.syntaxVersion() == null ? "00401" : envelope.syntaxVersion();
        String interchangeControl = String.format("%09d", numbers.next(ControlNumbers.Kind.INTERCHANGE,
                envelope.partner(), envelope.senderKey()));
        List<String> groupControls = new ArrayList<>();
        List<String> setControls = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        OutboundEnvelope.Delimiters d = envelope.delimiters();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, d.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, d.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, d.component());
        if (!version.startsWith("0040") && !version.startsWith("0030")) {
            factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, d.repetition());
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, !d.lineEnding().isEmpty());
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name());
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema("X12", new String[] {version}));
            writer.startInterchange();
            SegmentWriting.write(writer, OutboundSegment.of("ISA", "00", "          ", "00", "          ",
                    envelope.sender().qualifier(), pad(envelope.sender().id()), envelope.receiver().qualifier(),
                    pad(envelope.receiver().id()), at.format(YYMMDD), at.format(HHMM),
                    version.startsWith("0040") || version.startsWith("0030") ? "U" : String.valueOf(d.repetition()),
                    version, interchangeControl, "0", envelope.test() ? "T" : "P", String.valueOf(d.component())));
            for (OutboundSegment segment : content.interchangeSegments()) {
                SegmentWriting.write(writer, segment);
            }
            for (OutboundContent.Group group : content.groups()) {
                String groupControl = Long.toString(numbers.next(ControlNumbers.Kind.GROUP, envelope.partner(),
                        envelope.senderKey()));
                groupControls.add(groupControl);
                SegmentWriting.write(writer, OutboundSegment.of("GS", group.functionalId(),
                        groupCode(envelope.groupSender(), envelope.sender()),
                        groupCode(envelope.groupReceiver(), envelope.receiver()), at.format(CCYYMMDD),
                        at.format(HHMM), groupControl, "X", group.version()));
                for (OutboundContent.Transaction set : group.sets()) {
                    String setControl = String.format("%04d", numbers.next(ControlNumbers.Kind.TRANSACTION_SET,
                            envelope.partner(), envelope.senderKey()));
                    setControls.add(setControl);
                    SegmentWriting.write(writer, OutboundSegment.of("ST", set.type(), setControl, set.implementation()));
                    for (OutboundSegment segment : set.body()) {
                        SegmentWriting.write(writer, segment);
                    }
                    SegmentWriting.write(writer, OutboundSegment.of("SE", Integer.toString(set.body().size() + 2), setControl));
                }
                SegmentWriting.write(writer, OutboundSegment.of("GE", Integer.toString(group.sets().size()), groupControl));
            }
            SegmentWriting.write(writer, OutboundSegment.of("IEA", Integer.toString(content.groups().size()), interchangeControl));
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException | EDISchemaException | RuntimeException e) {
            throw new OutboundWriteException("The X12 interchange for " + envelope.partner() + " could not be written: "
                    + e.getMessage(), e);
        }
        return new WrittenInterchange(SegmentWriting.lineEndings(out.toByteArray(), d), interchangeControl, groupControls,
                setControls);
    }

    private static String groupCode(String configured, PartyId interchangeId) {
        return configured != null && !configured.isBlank() ? configured : interchangeId.id();
    }

    private static String pad(String id) {
        return String.format("%-15s", id == null ? "" : id);
    }
}
