package nl.werkkracht.statdata.cbs;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Serves saved CBS OData responses from one directory, for tests and offline use. A resource is found by its
 * normalised key ({@code 80137ned/TableInfos}, {@code 83599NED/UntypedDataSet?$skip=10000}), first in the
 * optional index file {@value #INDEX} ({@code resource,file} per line), then by the naming convention
 * {@code 80137ned_TableInfos.json}, {@code 83599NED_UntypedDataSet_skip10000.json}. Keys match
 * case-insensitively, because CBS writes one table id in several cases. Files never leave the directory.
 */
public final class DirectoryODataSource implements ODataSource {

    /** The optional index of resource keys to file names. */
    public static final String INDEX = "resources.csv";

    private final Path directory;
    private final Map<String, String> index;

    /**
     * @param directory the directory that holds the saved responses
     * @throws IllegalArgumentException when it is not a directory or its index is malformed
     */
    public DirectoryODataSource(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory of saved CBS responses");
        }
        this.directory = directory;
        this.index = readIndex(directory.resolve(INDEX));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public InputStream open(String resource) throws IOException {
        String key = ODataResource.key(resource);
        Path file = locate(key)
                .orElseThrow(() -> new FileNotFoundException(
                        "no saved response for " + key + " in " + directory + " (expected " + expectedName(key) + ")"));
        return new BufferedInputStream(Files.newInputStream(file));
    }

    @Override
    public String describe(String resource) {
        String key = ODataResource.key(resource);
        return locate(key)
                .map(Path::toString)
                .orElse(directory.resolve(expectedName(key)).toString());
    }

    private Optional<Path> locate(String key) {
        String name = expectedName(key);
        Path exact = directory.resolve(name);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String expectedName(String key) {
        return index.getOrDefault(key.toLowerCase(Locale.ROOT), ODataResource.fileName(key));
    }

    private static Map<String, String> readIndex(Path file) {
        var map = new HashMap<String, String>();
        if (!Files.isRegularFile(file)) {
            return map;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine(); // header: resource,file
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = CsvLine.split(line, ',');
                String name = f.size() == 2 ? f.get(1).trim() : "";
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")) {
                    throw new IllegalArgumentException(file + " line " + number
                            + ": expected 'resource,file' with a plain file name, got '" + line + "'");
                }
                map.put(ODataResource.key(f.get(0)).toLowerCase(Locale.ROOT), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return map;
    }
}
