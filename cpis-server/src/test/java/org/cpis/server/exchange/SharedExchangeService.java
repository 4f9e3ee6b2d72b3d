package org.cpis.server.exchange;

import java.nio.file.Path;
import java.util.Map;
import org.cpis.server.settings.Setting;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running CP-IS service ({@link ExchangeService}) for every exchange test class that asks for it, started on
 * first use in a fresh data folder under {@code target/}, stopped when the run ends: starting the service and its
 * embedded PostgreSQL is the slow part, so the classes share it and keep apart by using Local Authorities, mailboxes
 * and NHS numbers of their own. The daily Access to Service run is off ({@code notify.time=off}): the notification
 * tests run that job themselves on a clock of their own, and a run on the real clock crossing midnight would post
 * days they do not expect.
 */
final class SharedExchangeService implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedExchangeService.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ExchangeService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .service;
    }

    /** The service and its folder, stopped and removed when JUnit closes the root store. */
    private static final class Running implements AutoCloseable {

        private final Path folder;
        private final ExchangeService service;

        private Running(Path folder, ExchangeService service) {
            this.folder = folder;
            this.service = service;
        }

        static Running start() {
            Path folder = TemporaryFolders.create("exchange-service-");
            return new Running(folder, ExchangeService.start(folder.resolve("cpis-data"),
                    Map.of(Setting.NOTIFY_TIME, "off")));
        }

        @Override
        public void close() {
            try {
                service.close();
            } finally {
                TemporaryFolders.delete(folder);
            }
        }
    }
}
