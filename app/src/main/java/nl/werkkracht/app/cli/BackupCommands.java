package nl.werkkracht.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.EmbeddedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup FILE} and {@code restore FILE} for the embedded database (ADR 0028). */
final class BackupCommands {

    private BackupCommands() {}

    @Command(
            name = "backup",
            description = "Write a backup of the embedded database to FILE (a zipped SQL script); works while"
                    + " serve runs. PostgreSQL: pg_dump -Fc.")
    static final class Backup implements Callable<Integer> {

        @ParentCommand
        private Main main;

        @Parameters(paramLabel = "FILE", description = "the backup file to write (must not exist)")
        private Path file;

        @Override
        public Integer call() {
            EmbeddedBackup.backup(DatabaseConfig.fromEnvironment(main.env()), file);
            main.out().println("Backup written to " + file.toAbsolutePath().normalize());
            return 0;
        }
    }

    @Command(
            name = "restore",
            description = "Replace everything in the embedded database with the backup in FILE; stop serve"
                    + " first. PostgreSQL: pg_restore.")
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        private Main main;

        @Parameters(paramLabel = "FILE", description = "a file written by backup")
        private Path file;

        @Override
        public Integer call() {
            EmbeddedBackup.restore(DatabaseConfig.fromEnvironment(main.env()), file);
            main.out()
                    .println("Restored the database from "
                            + file.toAbsolutePath().normalize());
            return 0;
        }
    }
}
