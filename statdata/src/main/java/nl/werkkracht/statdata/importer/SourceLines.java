package nl.werkkracht.statdata.importer;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of one source file, read one at a time so that a file is never held in memory, with the
 * 1-based number of the current line for error messages.
 *
 * <p>Progress goes to the {@link ImportProgress} every {@value #PROGRESS_EVERY} lines and once at the end,
 * as bytes read against the file size. Bytes are counted below the UTF-8 decoder, which reads ahead by up
 * to 8 KiB, so progress runs slightly ahead of the line being parsed and equals the file size at the end.
 *
 * <p>The file must be UTF-8; a byte-order mark (as spreadsheet programs write it) is dropped, and a byte
 * sequence that is not UTF-8 is an error naming the line rather than a silently replaced character.
 */
public final class SourceLines implements AutoCloseable {

    /** Lines between two progress reports. */
    public static final int PROGRESS_EVERY = 5_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private final BufferedReader reader;
    private final CountingInputStream bytes;
    private final long size;
    private final ImportProgress progress;
    private long lineNumber;

    private SourceLines(
            String fileName, BufferedReader reader, CountingInputStream bytes, long size, ImportProgress progress) {
        this.fileName = fileName;
        this.reader = reader;
        this.bytes = bytes;
        this.size = size;
        this.progress = progress;
    }

    /**
     * Opens a file for reading.
     *
     * @throws ImportException when the file cannot be opened
     */
    public static SourceLines open(Path file, ImportProgress progress) {
        String name = fileName(file);
        try {
            long size = Files.size(file);
            var bytes = new CountingInputStream(Files.newInputStream(file));
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var reader = new BufferedReader(new InputStreamReader(bytes, decoder));
            return new SourceLines(name, reader, bytes, size, progress);
        } catch (IOException e) {
            throw new ImportException(name, 0, "", "cannot read the file: " + e, e);
        }
    }

    /** The name used in messages: the last element of the path, as the user knows the file. */
    public static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public String fileName() {
        return fileName;
    }

    /** The number of the line last returned by {@link #next()}, 0 before the first. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of the file.
     *
     * @throws ImportException when the file cannot be read or is not UTF-8
     */
    public String next() {
        String line;
        try {
            line = reader.readLine();
        } catch (IOException e) {
            throw new ImportException(
                    fileName, lineNumber + 1, "", "cannot read the line (is the file UTF-8?): " + e, e);
        }
        if (line == null) {
            return null;
        }
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            line = line.substring(1);
        }
        if (lineNumber % PROGRESS_EVERY == 0) {
            progress.update(lineNumber, bytes.count, size);
        }
        return line;
    }

    /** Reports the final progress; call after the last line was read. */
    public void finish() {
        progress.update(lineNumber, bytes.count, size);
    }

    /** An error at the current line. */
    public ImportException error(String field, String reason) {
        return new ImportException(fileName, lineNumber, field, reason);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written; a failure to close a file that was only read loses nothing.
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
