package org.cpis.sft.la.transport;

import java.util.List;

/**
 * How the LA-side client moves files to and from CP-IS: send an upload, list the inbox, download a message, and
 * acknowledge it (which takes it out of the inbox). Kept this narrow so that a transport is easy to add: the folder
 * transport ({@code org.cpis.sft.la.transport.folder.FolderTransport}, a MESH client's folders) is in this build; a
 * MESH API transport plugs in by implementing this interface and registering in {@link LaTransports}.
 * Every method throws {@link TransportException} when the transport cannot do it.
 */
public interface LaTransport {

    /** Sends one message; returns the transport's tracking id for it. */
    String send(OutboundMessage message);

    /** The messages waiting, oldest first as far as the transport knows. */
    List<InboxMessage> inbox();

    /** The body of a message in the inbox. */
    byte[] download(String messageId);

    /** Takes a message out of the inbox: the client has kept it. */
    void acknowledge(String messageId);
}
