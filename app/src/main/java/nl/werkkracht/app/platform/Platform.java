package nl.werkkracht.app.platform;

import java.io.PrintStream;
import java.util.Map;
import nl.werkkracht.app.dataset.DefaultDatasets;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.dataset.StoreObservationFinder;
import nl.werkkracht.app.gap.GapService;
import nl.werkkracht.app.gap.StructureService;
import nl.werkkracht.app.productivity.ProductivityService;
import nl.werkkracht.app.shiftshare.ShiftShareService;
import nl.werkkracht.app.typology.TypologyService;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.observation.DefaultDatasetOffers;
import nl.werkkracht.store.observation.ObservationStore;

/**
 * The wired application for one command: the database named by the environment ({@code
 * WERKKRACHT_DB_URL}, else the embedded database in {@code WERKKRACHT_DATA_DIR}, default {@code
 * ./data}), with the default datasets loaded on first start.
 */
public final class Platform implements AutoCloseable {

    private final Database database;
    private final ObservationStore store;
    private final AccountStore accounts;
    private final CodeLists codeLists;
    private final ImportService imports;
    private final StoreObservationFinder finder;

    private Platform(Database database) {
        this.database = database;
        this.store = new ObservationStore(database);
        this.accounts = new AccountStore(database);
        this.codeLists = CodeListLoader.standard();
        this.imports = new ImportService(store, new Importers(codeLists));
        this.finder = new StoreObservationFinder(store);
    }

    /**
     * Opens the database and loads the default datasets it has not been offered yet: all of them on the
     * first start, the ones a new release added on the first start after an upgrade (one log line each).
     */
    public static Platform open(Map<String, String> env, PrintStream log) {
        var platform = new Platform(Database.open(DatabaseConfig.fromEnvironment(env)));
        try {
            var offers = new DefaultDatasetOffers(platform.database);
            if (platform.store.datasets().isEmpty()) {
                log.println("First start: loading the default datasets (real Eurostat and EU KLEMS data)...");
            }
            DefaultDatasets.shipped().load(platform.imports, offers, log::println);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    public ObservationStore store() {
        return store;
    }

    /** Users, roles and API tokens, in the same database. */
    public AccountStore accounts() {
        return accounts;
    }

    public CodeLists codeLists() {
        return codeLists;
    }

    public ImportService imports() {
        return imports;
    }

    public ProductivityService productivity() {
        return new ProductivityService(finder, codeLists);
    }

    public ShiftShareService shiftShare() {
        return new ShiftShareService(finder, codeLists);
    }

    public GapService gap() {
        return new GapService(finder, codeLists);
    }

    public StructureService structure() {
        return new StructureService(finder, codeLists);
    }

    public Database database() {
        return database;
    }

    public nl.werkkracht.app.statistics.ObservationFinder finder() {
        return finder;
    }

    public TypologyService typology() {
        return new TypologyService(finder, codeLists);
    }

    @Override
    public void close() {
        database.close();
    }
}
