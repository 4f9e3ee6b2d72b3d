package org.cpis.server.cli;

import java.util.function.Function;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.runtime.ServerDatabase;
import org.cpis.store.CpisDatabase;

/**
 * How an admin command reaches the database: the same settings and the same way as the service. When the service
 * is running on the data folder, the command connects to its embedded database; otherwise an embedded database is
 * started on the data folder for the length of the command, and closed after it.
 */
final class AdminDatabase {

    private AdminDatabase() {
    }

    static <T> T use(SettingsOptions options, String command, Function<CpisDatabase, T> work) {
        try (ServerDatabase database = ServerDatabase.openForAdmin(options.prepare(ConsoleLog.PROBLEMS),
                "the admin command '" + command + "'")) {
            return work.apply(database.database());
        }
    }
}
