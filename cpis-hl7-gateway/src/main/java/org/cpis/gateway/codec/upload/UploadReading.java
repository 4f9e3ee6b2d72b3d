package org.cpis.gateway.codec.upload;

/**
 * Which way an upload's parts become fields: {@link #EVENTS}, straight from the validated events (what
 * {@link UploadDecoder} uses by default), or through the {@code la-upload-decode} stylesheet ({@link UploadStylesheet},
 * the reference). Either way the header and each record are validated the same and the same rules follow.
 */
interface UploadReading {

    /** The fast way: no tree, no stylesheet. */
    UploadReading EVENTS = new UploadReading() {
        @Override
        public PartReader<UploadHeaderFields> header() {
            return new UploadHeaderEvents();
        }

        @Override
        public PartReader<RecordFields> record() {
            return new RecordEvents();
        }
    };

    /** A reader for the header's events. */
    PartReader<UploadHeaderFields> header();

    /** A reader for one record's events. */
    PartReader<RecordFields> record();
}
