package org.cpis.sft.la.transport;

import java.time.Clock;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.cpis.sft.la.transport.folder.FolderTransport;
import org.cpis.sft.la.transport.mesh.MeshTransport;

/**
 * The transport an LA's settings ask for ({@code transport=...}): {@code folder}, the MESH client's folders
 * ({@link FolderTransport}), or {@code mesh-api}, the MESH API over HTTPS ({@link MeshTransport}).
 */
public final class LaTransports {

    private LaTransports() {
    }

    /**
     * @param clock the clock of the MESH API's authentication tokens (the system's in real use)
     * @throws LaClientException {@link LaCode#MESH_KEYS_UNREADABLE} when the MESH keys cannot be loaded
     */
    public static LaTransport forSettings(LaSettings settings, Clock clock) {
        if (LaSettingsFile.FOLDER_TRANSPORT.equals(settings.transport())) {
            return new FolderTransport(settings.transportFolder());
        }
        if (LaSettingsFile.MESH_API_TRANSPORT.equals(settings.transport()) && settings.meshApi() != null) {
            return MeshTransport.of(settings.mesh(), settings.meshApi(), clock);
        }
        throw new LaClientException(LaCode.SETTINGS_INVALID, LaSettingsFile.TRANSPORT + " '" + settings.transport()
                + "' is not a transport: use '" + LaSettingsFile.FOLDER_TRANSPORT + "' or '"
                + LaSettingsFile.MESH_API_TRANSPORT + "'");
    }
}
