package dev.tradehub.server.artemis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    @Test
    void defaultsPutTheJournalUnderTheDataDir() {
        BrokerSettings s = BrokerSettings.resolve(Map.of(), Map.of(BrokerSettings.DATA_DIR, "/srv/th")::get);
        assertEquals(Path.of("/srv/th/broker"), s.brokerDir());
        assertEquals(5, s.maxDeliveryAttempts());
        assertEquals(1000, s.redeliveryDelay());
        assertEquals(2.0, s.redeliveryMultiplier());
        assertEquals(60_000, s.maxRedeliveryDelay());
        assertFalse(s.remote());
        assertNull(s.listenUrl());
        assertFalse(s.jmxEnabled());
    }

    @Test
    void systemPropertyWinsOverConfigPropertyWhichWinsOverDefault() {
        Map<String, String> ra = new HashMap<>();
        ra.put(BrokerSettings.MAX_DELIVERY_ATTEMPTS, "3");
        ra.put(BrokerSettings.REDELIVERY_DELAY, "200");
        ra.put(BrokerSettings.DATA_DIR, "/ra/data");
        ra.put(BrokerSettings.BROKER_LISTEN, "  ");
        Map<String, String> sys = Map.of(BrokerSettings.MAX_DELIVERY_ATTEMPTS, "7", BrokerSettings.JMX, "true");
        BrokerSettings s = BrokerSettings.resolve(ra, sys::get);
        assertEquals(7, s.maxDeliveryAttempts());
        assertEquals(200, s.redeliveryDelay());
        assertEquals(Path.of("/ra/data/broker"), s.brokerDir());
        assertNull(s.listenUrl(), "blank = not set");
        assertTrue(s.jmxEnabled());
    }

    @Test
    void brokerUrlMeansRemote() {
        BrokerSettings s = BrokerSettings.resolve(Map.of(BrokerSettings.BROKER_URL, "tcp://mq:61616"),
                Map.of("user.dir", "/w")::get);
        assertTrue(s.remote());
        assertEquals(Path.of("/w/tradehub-data/broker"), s.brokerDir());
    }

    @Test
    void withoutDataDirTheBrokerLivesInTheDomain() {
        BrokerSettings s = BrokerSettings.resolve(Map.of(),
                Map.of("com.sun.aas.instanceRoot", "/p/domains/tradehub", "user.dir", "/x")::get);
        assertEquals(Path.of("/p/domains/tradehub/tradehub-data/broker"), s.brokerDir());
    }

    @Test
    void rejectsNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerSettings.resolve(
                Map.of(BrokerSettings.MAX_DELIVERY_ATTEMPTS, "five", BrokerSettings.DATA_DIR, "/d"), k -> null));
        assertTrue(e.getMessage().contains(BrokerSettings.MAX_DELIVERY_ATTEMPTS), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BrokerSettings.resolve(
                Map.of(BrokerSettings.MAX_DELIVERY_ATTEMPTS, "0", BrokerSettings.DATA_DIR, "/d"), k -> null));
    }
}
