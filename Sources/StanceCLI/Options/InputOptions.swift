import ArgumentParser
import Stance

/// Inputs and reading options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Text, JSONL or CSV files, directories (recursive), or - for standard input.", valueName: "FILE|DIR|-"))
    var inputs: [String] = []

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (with a warning) instead of skipping the document.")
    var lossy = false

    @Option(help: ArgumentHelp("Outlet name for plain-text input.", valueName: "NAME"))
    var outlet: String?

    @Option(help: ArgumentHelp("Publication date for plain-text input.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(help: "Make a broken record (bad JSON line, CSV row, date, UTF-8) a fatal error (exit 65).")
    var strict = false

    @Flag(help: "No progress or summary on standard error.")
    var quiet = false

    func validate() throws {
        if let date, ISODate.day(of: date) == nil {
            throw ValidationError("--date '\(date)' is not an ISO 8601 date (YYYY-MM-DD).")
        }
    }

    var readerOptions: ReaderOptions { ReaderOptions(lossy: lossy, outlet: outlet, date: date) }
}
