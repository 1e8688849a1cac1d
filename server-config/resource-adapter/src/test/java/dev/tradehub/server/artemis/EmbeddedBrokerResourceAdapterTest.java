package dev.tradehub.server.artemis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddedBrokerResourceAdapterTest {

    @Test
    void remoteUrlBecomesNettyConnectorParameters() {
        assertEquals("host=mq.example;port=61617", EmbeddedBrokerResourceAdapter.nettyParameters("tcp://mq.example:61617"));
        assertEquals("host=mq;port=61616", EmbeddedBrokerResourceAdapter.nettyParameters("tcp://mq"));
        assertEquals("host=mq;port=61616;sslEnabled=true;trustStorePath=/t.p12",
                EmbeddedBrokerResourceAdapter.nettyParameters("ssl://mq:61616?trustStorePath=/t.p12"));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedBrokerResourceAdapter.nettyParameters("vm://0"));
    }

    @Test
    void useRemoteBrokerSwitchesTheConnector() {
        EmbeddedBrokerResourceAdapter ra = new EmbeddedBrokerResourceAdapter();
        ra.useRemoteBroker("tcp://10.0.0.5:61616");
        assertEquals(EmbeddedBrokerResourceAdapter.NETTY_CONNECTOR, ra.getConnectorClassName());
        assertEquals("host=10.0.0.5;port=61616", ra.getConnectionParameters());
    }
}
