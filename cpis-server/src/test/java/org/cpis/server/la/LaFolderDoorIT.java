package org.cpis.server.la;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cpis.store.CpisDatabase;

/**
 * The LA client end to end through the service's folder door ({@code transport=folder}): the LA's mailbox is
 * registered for the folder door and the client drops its files into the mailbox's {@code OUT} folder and takes
 * CP-IS's messages from {@code IN}, as with the NHS MESH client. The story is {@link LaExchangeScenarios}.
 */
class LaFolderDoorIT extends LaExchangeScenarios {

    LaFolderDoorIT(CpisDatabase database) {
        super(database);
    }

    @Override
    void registerTheMailbox() {
        ok(cpis.admin("mailboxes", "register", "--mailbox", MAILBOX, "--ods", "X09", "--name",
                "Exampleshire County Council", "--door", "folder"));
    }

    @Override
    void connectTheLa() {
        Path mailbox = cpis.dataFolder.resolve("mailboxes").resolve(MAILBOX);
        appendSettings("transport.folder=" + mailbox);
        RunningCpis.until("the folder door to make the mailbox's folders",
                () -> Files.isDirectory(mailbox.resolve("OUT")) && Files.isDirectory(mailbox.resolve("IN")),
                ready -> ready);
    }
}
