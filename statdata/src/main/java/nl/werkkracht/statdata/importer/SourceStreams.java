package nl.werkkracht.statdata.importer;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens a source file for reading, decompressing it when it is gzip ({@code .gz}) or a ZIP holding one file,
 * recognised by its first bytes rather than its name. Both are read with their integrity check: gzip's CRC-32
 * and length at the end of the stream, a ZIP entry's CRC-32 when the entry has been read; a file that fails
 * the check is refused as damaged, so a broken download is never imported as far as it goes.
 *
 * <p>Also the one place that says in words why a file could not be read ({@link #failure}).
 */
public final class SourceStreams {

    /** The most files taken out of a ZIP of saved responses. */
    public static final int MAX_ENTRIES = 200;

    private static final String DAMAGED =
            "the compressed file is damaged or incomplete (its checksum or length does not match); download it again";

    private SourceStreams() {}

    /** What the first bytes say a file is. */
    enum Kind {
        PLAIN,
        GZIP,
        ZIP
    }

    /**
     * The content of {@code file}, decompressed; {@code raw} receives the bytes as read from disk (for
     * progress), wrapped around the file stream.
     *
     * @throws ImportException when the file cannot be opened or is a ZIP with no file or several files
     */
    public static InputStream open(Path file, java.util.function.UnaryOperator<InputStream> raw) {
        String name = SourceLines.fileName(file);
        try {
            Kind kind = kind(file);
            InputStream in = raw.apply(Files.newInputStream(file));
            return switch (kind) {
                case PLAIN -> in;
                case GZIP -> new Checked(new GZIPInputStream(in, 65536));
                case ZIP -> zipEntry(file, name, in);
            };
        } catch (IOException e) {
            throw failure(name, 0, e);
        }
    }

    /** The content of {@code file}, decompressed. */
    public static InputStream open(Path file) {
        return open(file, in -> in);
    }

    static Kind kind(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Kind.GZIP;
        }
        if (n == 4
                && head[0] == 'P'
                && head[1] == 'K'
                && (head[2] == 3 || head[2] == 5)
                && (head[3] == 4 || head[3] == 6)) {
            return Kind.ZIP;
        }
        return Kind.PLAIN;
    }

    /** Whether {@code file} is a ZIP archive (by its first bytes). */
    public static boolean isZip(Path file) {
        try {
            return kind(file) == Kind.ZIP;
        } catch (IOException e) {
            return false;
        }
    }

    /** The names of the files in a ZIP archive, read from its central directory. */
    public static List<String> zipFiles(Path zip) {
        String name = SourceLines.fileName(zip);
        var names = new ArrayList<String>();
        try (var archive = new ZipFile(zip.toFile())) {
            var entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, "", DAMAGED, e).code("damaged-archive");
        }
        return names;
    }

    /**
     * Extracts the files of a ZIP archive into {@code target} under their last name element only (folders
     * inside the archive are flattened, so no name leaves the directory), each checked against its CRC-32.
     *
     * @param maxBytes the most bytes extracted in all
     * @return the files extracted
     * @throws ImportException when the archive is damaged, too large, or holds more than {@value #MAX_ENTRIES}
     *     files or two files of the same name
     */
    public static List<Path> extractZip(Path zip, Path target, long maxBytes) {
        String name = SourceLines.fileName(zip);
        var out = new ArrayList<Path>();
        long total = 0;
        try (var in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                base = base.substring(base.lastIndexOf('\\') + 1);
                if (base.isEmpty() || base.startsWith(".") || base.startsWith("__MACOSX")) {
                    continue;
                }
                if (out.size() >= MAX_ENTRIES) {
                    throw new ImportException(name, 0, "", "the ZIP file holds more than " + MAX_ENTRIES + " files");
                }
                Path file = target.resolve(base.replaceAll("[^\\p{L}\\p{N} ._()$-]", "_"));
                if (!file.getParent().equals(target) || Files.exists(file)) {
                    throw new ImportException(name, 0, "", "the ZIP file holds two files named " + Echo.quote(base));
                }
                try (var copy = Files.newOutputStream(file)) {
                    byte[] buffer = new byte[65536];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw new ImportException(
                                    name, 0, "", "the ZIP file unpacks to more than " + maxBytes / 1_000_000 + " MB");
                        }
                        copy.write(buffer, 0, n);
                    }
                }
                out.add(file);
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, "", DAMAGED, e).code("damaged-archive");
        }
        if (out.isEmpty()) {
            throw new ImportException(name, 0, "", "the ZIP file holds no file").code("zip-empty");
        }
        return out;
    }

    private static InputStream zipEntry(Path file, String name, InputStream in) throws IOException {
        List<String> files = zipFiles(file);
        if (files.size() != 1) {
            in.close();
            throw new ImportException(
                            name,
                            0,
                            "",
                            files.isEmpty()
                                    ? "the ZIP file holds no file"
                                    : "the ZIP file holds " + files.size()
                                            + " files; import one file at a time (only saved CBS responses come as a"
                                            + " ZIP of several files, with the format CBS OData)")
                    .code(files.isEmpty() ? "zip-empty" : "zip-several");
        }
        var zip = new ZipInputStream(in);
        ZipEntry entry = zip.getNextEntry();
        while (entry != null && entry.isDirectory()) {
            entry = zip.getNextEntry();
        }
        if (entry == null) {
            zip.close();
            throw new ImportException(name, 0, "", DAMAGED).code("damaged-archive");
        }
        return new Checked(zip);
    }

    /**
     * An {@link ImportException} that says in words why reading failed: "the file is not UTF-8 text", a damaged
     * compressed file, or "cannot read the file" — never the name of a Java exception.
     *
     * @param line the line being read, 0 when not known
     */
    public static ImportException failure(String file, long line, IOException e) {
        if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
            return new ImportException(file, line, "", "the file is not UTF-8 text", e).code("not-utf8");
        }
        if (e instanceof Damaged) {
            return new ImportException(file, line, "", DAMAGED, e).code("damaged-archive");
        }
        return new ImportException(file, line, "", "cannot read the file", e).code("cannot-read");
    }

    /**
     * The 1-based number of the first line of {@code file} (decompressed) that is not UTF-8, 0 when none is
     * found. Reading through a decoder reads ahead, so the decoder's error does not say the line; this finds
     * it, only when there is an error.
     */
    public static long firstNonUtf8Line(Path file) {
        var decoder = java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(open(file))) {
            var line = new java.io.ByteArrayOutputStream();
            long number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(java.nio.ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    if (b < 0) {
                        return 0;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A failure of the decompressor: the data do not match their checksum or end too early. */
    static final class Damaged extends IOException {
        Damaged(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Marks every failure of a decompressing stream as {@link Damaged}. */
    private static final class Checked extends FilterInputStream {
        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Damaged(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Damaged(e);
            }
        }
    }
}
