package nl.werkkracht.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.tools.Server;

/**
 * Lets other processes use the embedded database while {@code serve} has it open (issue 14, ADR 0028):
 * the serving process opens the database file itself, as always, and also offers it on a TCP port of the
 * loopback interface, written to {@value #PORT_FILE} in the data directory. A command such as {@code
 * ./werkkracht users add} finds that file, connects through the port ({@link DatabaseConfig#embedded})
 * and so works beside the server instead of failing with "file is locked". The file is removed when the
 * server stops; a stale one (after a crash) is ignored because nothing answers on its port.
 *
 * <p>Only the loopback interface is served, and only databases that exist ({@code -ifExists}).
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The file in the data directory that names the port while a server runs. */
    public static final String PORT_FILE = "werkkracht.server";

    private final Server server;
    private final Path portFile;

    private EmbeddedServer(Server server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /** Starts serving the embedded database of {@code dataDir} on a free loopback port. */
    public static EmbeddedServer start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
            Path portFile = dir.resolve(PORT_FILE);
            Files.writeString(portFile, Integer.toString(server.getPort()), StandardCharsets.US_ASCII);
            return new EmbeddedServer(server, portFile);
        } catch (SQLException e) {
            throw new DatabaseException("cannot serve the embedded database to other processes: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port a running server of {@code dir} answers on, if there is one. */
    static Optional<Integer> runningPort(Path dir) {
        Path portFile = dir.resolve(PORT_FILE);
        if (!Files.isRegularFile(portFile)) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(
                    Files.readString(portFile, StandardCharsets.US_ASCII).strip());
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return Optional.of(port);
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // a stale file is harmless: nothing answers on its port
        }
    }
}
