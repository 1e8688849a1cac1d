package dev.tradehub.channel.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SftpPollingTest {

    @Test
    void failedPollsBackOffByDoublingUpToTheLimit() {
        assertThat(SftpPolling.backoffSeconds(60, 1, 900)).isEqualTo(60);
        assertThat(SftpPolling.backoffSeconds(60, 2, 900)).isEqualTo(120);
        assertThat(SftpPolling.backoffSeconds(60, 4, 900)).isEqualTo(480);
        assertThat(SftpPolling.backoffSeconds(60, 5, 900)).isEqualTo(900);
        assertThat(SftpPolling.backoffSeconds(60, 500, 900)).isEqualTo(900);
        assertThat(SftpPolling.backoffSeconds(3600, 3, 900)).as("never sooner than the interval").isEqualTo(3600);
    }
}
