package dev.tradehub.server.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentRecordTest {

    @TempDir
    Path tmp;

    @Test
    void holdsWhatWasPutUntilItIsRemovedAndSurvivesANewReader() throws IOException {
        Path ear = Files.writeString(tmp.resolve("tradehub.ear"), "ear bytes");
        String digest = DeploymentRecord.digestOf(ear);
        DeploymentRecord record = new DeploymentRecord(tmp.resolve("record.properties"));
        assertFalse(record.holds("tradehub", digest));
        record.put("tradehub", digest);
        assertTrue(new DeploymentRecord(tmp.resolve("record.properties")).holds("tradehub", digest));
        Files.writeString(ear, "other ear bytes");
        assertFalse(record.holds("tradehub", DeploymentRecord.digestOf(ear)), "a rebuilt archive is another one");
        record.put("tradehub", null);
        assertFalse(record.holds("tradehub", digest));
    }

    @Test
    void digestsOfTextAreStableAndDistinct() {
        assertEquals(DeploymentRecord.digestOf("a=1"), DeploymentRecord.digestOf("a=1"));
        assertNotEquals(DeploymentRecord.digestOf("a=1"), DeploymentRecord.digestOf("a=2"));
        assertEquals(64, DeploymentRecord.digestOf("").length());
    }
}
