package org.cpis.sft.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;
import static org.cpis.sft.testing.ExchangeWorld.Y05_MAILBOX;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.testing.MutableClock;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.testing.ExchangeWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 section 5: messages not collected in time expire, are reported, and are never deleted. */
class ExpirySweepTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");

    private ExchangeMessage post(ExchangeWorld world, PostOffice postOffice, String onceKey) {
        return postOffice.post(world.mailbox(X09_MAILBOX), Workflows.DEFAULTS.accessToService(), "notification",
                null, null, onceKey, ("<notification " + onceKey + "/>").getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    @DisplayName("A message not collected within 5 days (as MESH) expires: reported, logged, kept with its body; younger and collected ones stay")
    void expiresAfterFiveDays() {
        ExchangeWorld world = new ExchangeWorld(dir, clock);
        PostOffice postOffice = world.postOffice();
        ExchangeMessage old = post(world, postOffice, "a");
        ExchangeMessage collected = post(world, postOffice, "b");
        postOffice.acknowledge(X09_MAILBOX, collected.messageId());
        clock.advance(Duration.ofDays(3));
        ExchangeMessage young = post(world, postOffice, "c");
        clock.advance(Duration.ofDays(2).plusMinutes(1));

        ExpiryReport report = new ExpirySweep(postOffice, ExpirySweep.DEFAULT_EXPIRY).sweep(clock.instant());

        assertThat(report.expired()).extracting(ExchangeMessage::messageId).containsExactly(old.messageId());
        assertThat(report.readyBefore()).isEqualTo(clock.instant().minus(Duration.ofDays(5)));
        ExchangeMessage expired = world.messages().find(old.messageId()).orElseThrow();
        assertThat(expired.state()).isEqualTo(MessageState.EXPIRED);
        assertThat(world.bodies().exists(old.messageId())).as("never deleted").isTrue();
        assertThat(world.messages().find(young.messageId()).orElseThrow().state()).isEqualTo(MessageState.READY);
        assertThat(world.messages().find(collected.messageId()).orElseThrow().state())
                .isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(world.messages().inbox(X09_MAILBOX, 10)).containsExactly(world.messages().find(young.messageId())
                .orElseThrow());
        assertThat(world.transmissions().all()).filteredOn(t -> old.messageId().equals(t.messageId()))
                .extracting(Transmission::outcome).containsExactly("READY", "EXPIRED");
        assertThat(new ExpirySweep(postOffice, ExpirySweep.DEFAULT_EXPIRY).sweep(clock.instant()).expired())
                .as("a second sweep finds nothing new").isEmpty();
        assertThat(world.messages().inbox(Y05_MAILBOX, 10)).isEmpty();
    }

    @Test
    @DisplayName("The expiry time is a setting")
    void configurable() {
        ExchangeWorld world = new ExchangeWorld(dir, clock);
        PostOffice postOffice = world.postOffice();
        ExchangeMessage message = post(world, postOffice, "a");
        clock.advance(Duration.ofHours(25));
        assertThat(new ExpirySweep(postOffice, ExpirySweep.DEFAULT_EXPIRY).sweep(clock.instant()).expired()).isEmpty();
        assertThat(new ExpirySweep(postOffice, Duration.ofDays(1)).sweep(clock.instant()).expired())
                .extracting(ExchangeMessage::messageId).containsExactly(message.messageId());
    }
}
