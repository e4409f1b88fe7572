package nl.werkkracht.statdata.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of one source file, read one at a time so that a file is never held in memory, with the
 * 1-based number of the current line for error messages. This is where every line-based importer gets the
 * checks that concern the file rather than a format:
 *
 * <ul>
 *   <li>The file must be UTF-8; a byte-order mark (as spreadsheet programs write it) is dropped, and a byte
 *       sequence that is not UTF-8 is refused with "the file is not UTF-8 text" at its line rather than a
 *       silently replaced character.
 *   <li>The last line must end with a line break. A download or copy cut short ends in the middle of a line,
 *       and its last value ({@code 17} of {@code 17080}) would read as a valid number; a file that ends
 *       without a break is therefore refused at its last line. Only a last line of blanks is accepted.
 *   <li>No control characters (NUL, escape, …) inside a line, except tab: none of the formats has them, and a
 *       NUL inside a field is the mark of a damaged file.
 *   <li>gzip and ZIP files are read decompressed, with their checksum ({@link SourceStreams}).
 * </ul>
 *
 * <p>Lines end with {@code \n}, {@code \r\n} or {@code \r}. Progress goes to the {@link ImportProgress} every
 * {@value #PROGRESS_EVERY} lines and once at the end, as bytes read against the file size. Bytes are counted
 * below the decoder, which reads ahead, so progress runs slightly ahead of the line being parsed and equals
 * the file size at the end.
 */
public final class SourceLines implements AutoCloseable, ErrorSite {

    /** Lines between two progress reports. */
    public static final int PROGRESS_EVERY = 5_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private Path path;
    private final Reader reader;
    private final CountingInputStream bytes;
    private final long size;
    private final ImportProgress progress;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean pendingReturn;
    private long lineNumber;

    private SourceLines(String fileName, Reader reader, CountingInputStream bytes, long size, ImportProgress progress) {
        this.fileName = fileName;
        this.reader = reader;
        this.bytes = bytes;
        this.size = size;
        this.progress = progress;
    }

    /**
     * Opens a file for reading (decompressing gzip and ZIP).
     *
     * @throws ImportException when the file cannot be opened
     */
    public static SourceLines open(Path file, ImportProgress progress) {
        String name = fileName(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw SourceStreams.failure(name, 0, e);
        }
        CountingInputStream[] counter = new CountingInputStream[1];
        InputStream in = SourceStreams.open(file, raw -> counter[0] = new CountingInputStream(raw));
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var lines = new SourceLines(name, new InputStreamReader(in, decoder), counter[0], size, progress);
        lines.path = file;
        return lines;
    }

    /** The name used in messages: the last element of the path, as the user knows the file. */
    public static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /** The number of the line last returned by {@link #next()}, 0 before the first. */
    @Override
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its terminator, or null at the end of the file.
     *
     * @throws ImportException when the file cannot be read, is not UTF-8, holds a control character, or
     *     ends inside a line
     */
    public String next() {
        line.setLength(0);
        boolean terminated = false;
        boolean any = false;
        try {
            while (!terminated) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                char c = buffer[position++];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                any = true;
                if (c == '\n') {
                    terminated = true;
                } else if (c == '\r') {
                    terminated = true;
                    pendingReturn = true;
                } else {
                    line.append(c);
                }
            }
        } catch (IOException e) {
            long at = lineNumber + 1;
            if (e instanceof java.nio.charset.CharacterCodingException && path != null) {
                long found = SourceStreams.firstNonUtf8Line(path);
                at = found > 0 ? found : at;
            }
            throw SourceStreams.failure(fileName, at, e);
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        String text = line.toString();
        if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (!terminated && !text.isBlank()) {
            throw error(
                            "",
                            "the file does not end with a line break, so its last line may be cut off (an incomplete"
                                    + " download?); check the file, or add the line break if the line is complete")
                    .code("no-final-newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Echo.isControl(c)) {
                throw error(
                                "",
                                "the line holds the control character " + Echo.describe(c) + " at position " + (i + 1)
                                        + "; is this a text file?")
                        .code("control-character", Echo.describe(c), String.valueOf(i + 1));
            }
        }
        if (lineNumber % PROGRESS_EVERY == 0) {
            progress.update(lineNumber, bytes.count, size);
        }
        return text;
    }

    /** Reports the final progress; call after the last line was read. */
    public void finish() {
        progress.update(lineNumber, bytes.count, size);
    }

    /** An error at the current line. */
    @Override
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
