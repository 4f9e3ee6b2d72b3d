package org.cpis.sft.la.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;

/** Reads an export by its file name: {@code .csv} with {@link CsvExportReader}, {@code .json} with {@link JsonExportReader}. */
public final class ExportReader {

    private ExportReader() {
    }

    public static ChildExport read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LaClientException(LaCode.EXPORT_UNREADABLE, "export " + file.toAbsolutePath() + " does not exist");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvExportReader().read(file);
        }
        if (name.endsWith(".json")) {
            return new JsonExportReader().read(file);
        }
        throw new LaClientException(LaCode.EXPORT_UNREADABLE, "export " + file + " is neither .csv nor .json: name it"
                + " after its format");
    }
}
