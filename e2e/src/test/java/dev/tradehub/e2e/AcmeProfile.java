package dev.tradehub.e2e;

import java.nio.file.Path;

/** The demo partner ACME's profile as the e2e tests put it, with the channels a test gives it. */
final class AcmeProfile {

    private AcmeProfile() {
    }

    /** ACME, sending over its watched folder (and JMS), its documents written into {@code outbound}, if given. */
    static String withFolders(Path inbound, Path outbound) {
        return """
                {"name": "Acme Integration Corp", "standard": "X12", "versions": ["004010", "005010"],
                 "odooCustomerRef": "CUST-0001",
                 "interchangeIds": [{"qualifier": "ZZ", "id": "ACMEEDI"}], "groupIds": [{"id": "ACMEEDI"}],
                 "ourIds": [{"qualifier": "ZZ", "id": "TRADEHUB"}],
                 "itemCrossReferences": [{"buyerSku": "ACM-LAMP-01", "vendorSku": "FURN_8888"}],
                 "unitsOfMeasure": {"CA": "Pack of 6"},
                 %s
                 "channels": {"inbound": ["FOLDER", "JMS"%s], "folder": {"inbound": "%s"}}}"""
                .formatted(outbound == null ? "" : "\"outbound\": {\"transport\": \"FOLDER\", \"folder\": \""
                                + json(outbound) + "\"},", outbound == null ? ", \"REST\"" : "", json(inbound));
    }

    private static String json(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
