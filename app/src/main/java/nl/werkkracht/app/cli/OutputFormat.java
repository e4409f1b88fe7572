package nl.werkkracht.app.cli;

/** How a command prints its result: a table for people, CSV or JSON for other tools. */
enum OutputFormat {
    table,
    csv,
    json
}
