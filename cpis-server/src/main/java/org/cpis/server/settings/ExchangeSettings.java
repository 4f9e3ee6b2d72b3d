package org.cpis.server.settings;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Objects;
import org.cpis.core.exchange.MailboxId;
import org.cpis.sft.exchange.Workflows;

/**
 * The LA file exchange of the running service.
 *
 * @param serviceMailbox   CP-IS's own mailbox id: Local Authorities send their uploads to it
 * @param folders          the folder door's root folder, or {@code null} for {@code <data>/mailboxes}
 * @param scanSeconds      how often the folder door and the upload processor look for work
 * @param expiryDays       messages not collected by their LA within this many days expire (kept, reported)
 * @param maxMegabytes     the largest message taken, in MiB
 * @param meshPort         the port of the MESH-compatible HTTP door
 * @param meshPlainHttp    {@code true}: the HTTP door serves plain HTTP on the loopback address, for a local demo
 * @param meshSecret       the MESH environment shared secret that keys the authorisation token's HMAC, or
 *                         {@code null}: a development secret kept in the data folder
 * @param notifyTime       the local time (Europe/London) of the daily Access to Service notifications, or
 *                         {@code null} when they are off
 * @param workflows        the MESH workflow id of each message kind
 */
public record ExchangeSettings(MailboxId serviceMailbox, Path folders, int scanSeconds, int expiryDays,
                               int maxMegabytes, int meshPort, boolean meshPlainHttp, String meshSecret,
                               LocalTime notifyTime, Workflows workflows) {

    public static final ExchangeSettings DEFAULT = new ExchangeSettings(MailboxId.of("CPIS0001"), null, 2, 5, 100,
            8444, false, null, LocalTime.of(0, 30), Workflows.DEFAULTS);

    public ExchangeSettings {
        Objects.requireNonNull(serviceMailbox, "serviceMailbox");
        Objects.requireNonNull(workflows, "workflows");
    }

    /** These settings with the MESH door on another port (0: any free one). */
    public ExchangeSettings withMeshPort(int port) {
        return new ExchangeSettings(serviceMailbox, folders, scanSeconds, expiryDays, maxMegabytes, port, meshPlainHttp,
                meshSecret, notifyTime, workflows);
    }

    public long maxMessageBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    @Override
    public String toString() {
        return "ExchangeSettings[serviceMailbox=" + serviceMailbox + ", folders=" + folders + ", scanSeconds="
                + scanSeconds + ", expiryDays=" + expiryDays + ", maxMegabytes=" + maxMegabytes + ", meshPort="
                + meshPort + ", meshPlainHttp=" + meshPlainHttp + ", meshSecret="
                + (meshSecret == null ? "null" : "***") + ", notifyTime=" + notifyTime + ", workflows=" + workflows
                + "]";
    }
}
