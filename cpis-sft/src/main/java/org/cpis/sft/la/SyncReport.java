package org.cpis.sft.la;

import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.send.SendReport;

/** What {@code cpis la sync} did: build (which checks), send, then the inbox. */
public record SyncReport(BuildReport build, SendReport send, InboxResult inbox) {
}
