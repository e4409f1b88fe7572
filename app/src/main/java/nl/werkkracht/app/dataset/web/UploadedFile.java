package nl.werkkracht.app.dataset.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file copied to a temporary directory of its own, under the name the user gave it (made
 * safe), so that the importer's messages name the file as the user knows it ("bad.csv line 3: …").
 * Closing deletes the copy and its directory; an import always closes it, whatever the outcome.
 */
final class UploadedFile implements AutoCloseable {

    /** Longest file name kept. */
    static final int MAX_NAME = 120;

    private final Path directory;
    private final Path path;

    private UploadedFile(Path directory, Path path) {
        this.directory = directory;
        this.path = path;
    }

    /** Copies {@code upload} to a new temporary directory. */
    static UploadedFile save(MultipartFile upload) throws IOException {
        Path directory = Files.createTempDirectory("werkkracht-upload-");
        try {
            Path path = directory.resolve(safeName(upload.getOriginalFilename()));
            upload.transferTo(path);
            return new UploadedFile(directory, path);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(directory);
            throw e;
        }
    }

    /**
     * The last element of the name the browser sent, with anything but letters, digits, space and
     * {@code . _ - ( )} replaced by '_'; "upload" when nothing usable is left. A name can therefore never
     * leave the temporary directory.
     */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "upload" + name;
        }
        return name;
    }

    Path path() {
        return path;
    }

    String name() {
        return path.getFileName().toString();
    }

    long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        deleteQuietly(directory);
    }

    /** Deletes a temporary directory and the files in it; nothing when null. */
    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // a temporary copy: the OS clears what is left
        }
    }
}
