package dev.tradehub.outbound.edifact;

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
 * Writes EDIFACT interchanges with StAEDI's writer, checked against the syntax version's control schema as they are
 * written: a UNA service string advice with the partner's characters, UNB (syntax identifier and version, our ID
 * and the partner's with their qualifiers, date and time, control reference, test indicator), UNG when a group has
 * an identification, UNH/UNT around each message. Control references come from a {@link ControlNumbers} source.
 * Stateless and thread-safe.
 */
public final class EdifactInterchangeWriter {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    public WrittenInterchange write(OutboundEnvelope envelope, OutboundContent content, LocalDateTime at,
            ControlNumbers numbers) {
        String[] syntax = (envelope.syntaxVersion() == null ? "UNOC:3" : envelope.syntaxVersion()).split(":");
        String syntaxId = syntax[0];
        String syntaxVersion = syntax.length > 1 ? syntax[1] : "3";
        boolean version4 = syntaxVersion.compareTo("4") >= 0;
        String date = at.format(version4 ? CCYYMMDD : YYMMDD);
        String interchangeControl = Long.toString(numbers.next(ControlNumbers.Kind.EDIFACT_INTERCHANGE,
                envelope.partner(), envelope.senderKey()));
        List<String> groupControls = new ArrayList<>();
        List<String> messageControls = new ArrayList<>();
        OutboundEnvelope.Delimiters d = envelope.delimiters();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, d.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, d.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, d.component());
        if (version4) {
            factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, d.repetition());
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, !d.lineEnding().isEmpty());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(out, StandardCharsets.ISO_8859_1.name());
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema("EDIFACT",
                    new String[] {syntaxId, syntaxVersion}));
            writer.startInterchange();
            writer.writeStartSegment("UNA").writeEndSegment();
            OutboundSegment.Builder unb = OutboundSegment.builder("UNB").composite(syntaxId, syntaxVersion)
                    .composite(party(envelope.sender())).composite(party(envelope.receiver()))
                    .composite(date, at.format(HHMM)).element(interchangeControl);
            if (envelope.test()) {
                unb.element(null).element(null).element(null).element(null).element(null).element("1");
            }
            SegmentWriting.write(writer, unb.build());
            int count = 0;
            for (OutboundContent.Group group : content.groups()) {
                String groupControl = null;
                if (group.functionalId() != null) {
                    groupControl = Long.toString(numbers.next(ControlNumbers.Kind.GROUP, envelope.partner(),
                            envelope.senderKey()));
                    groupControls.add(groupControl);
                    SegmentWriting.write(writer, OutboundSegment.builder("UNG").element(group.functionalId())
                            .composite(party(envelope.sender())).composite(party(envelope.receiver()))
                            .composite(date, at.format(HHMM)).element(groupControl).element("UN")
                            .composite(group.version() == null ? null : group.version().split(":")).build());
                    count++;
                }
                for (OutboundContent.Transaction message : group.sets()) {
                    String reference = Long.toString(numbers.next(ControlNumbers.Kind.EDIFACT_MESSAGE,
                            envelope.partner(), envelope.senderKey()));
                    messageControls.add(reference);
                    List<String> identifier = new ArrayList<>(List.of(message.type()));
                    identifier.addAll(List.of(message.implementation().split(":")));
                    SegmentWriting.write(writer, OutboundSegment.builder("UNH").element(reference)
                            .composite(identifier.toArray(String[]::new)).build());
                    for (OutboundSegment segment : message.body()) {
                        SegmentWriting.write(writer, segment);
                    }
                    SegmentWriting.write(writer, OutboundSegment.of("UNT", Integer.toString(message.body().size() + 2),
                            reference));
                    if (groupControl == null) {
                        count++;
                    }
                }
                if (groupControl != null) {
                    SegmentWriting.write(writer, OutboundSegment.of("UNE", Integer.toString(group.sets().size()),
                            groupControl));
                }
            }
            SegmentWriting.write(writer, OutboundSegment.of("UNZ", Integer.toString(count), interchangeControl));
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException | EDISchemaException | RuntimeException e) {
            throw new OutboundWriteException("The EDIFACT interchange for " + envelope.partner()
                    + " could not be written: " + e.getMessage(), e);
        }
        return new WrittenInterchange(SegmentWriting.lineEndings(out.toByteArray(), d), interchangeControl,
                groupControls, messageControls);
    }

    private static String[] party(PartyId party) {
        return new String[] {party.id(), party.qualifier()};
    }
}
