package org.cpis.sft.la.transport;

import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.cpis.sft.la.transport.folder.FolderTransport;

/**
 * The transport an LA's settings ask for ({@code transport=...}). This build has the folder transport; a MESH API
 * transport is added here when the MESH API client is merged.
 */
public final class LaTransports {

    private LaTransports() {
    }

    public static LaTransport forSettings(LaSettings settings) {
        if (LaSettingsFile.FOLDER_TRANSPORT.equals(settings.transport())) {
            return new FolderTransport(settings.transportFolder());
        }
        throw new LaClientException(LaCode.SETTINGS_INVALID, LaSettingsFile.TRANSPORT + " '" + settings.transport()
                + "' is not available in this build: use '" + LaSettingsFile.FOLDER_TRANSPORT + "' with "
                + LaSettingsFile.TRANSPORT_FOLDER + " naming the MESH client's mailbox folder");
    }
}
