import ArgumentParser
import Foundation
import Lexicon

/// Which lexicon to use, shared by every command that matches: the default lexicon (embedded in
/// the binary) and users' TSV files on top, or users' files alone.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A lexicon TSV file to add on top of the default lexicon (repeatable; see docs/lexicon-format.md).",
        valueName: "FILE"))
    var files: [String] = []

    @Flag(name: .customLong("no-default-lexicon"), help: "Use only the --lexicon files, not the built-in lexicon.")
    var noDefaultLexicon = false

    func validate() throws {
        if noDefaultLexicon && files.isEmpty {
            throw ValidationError("--no-default-lexicon needs at least one --lexicon FILE.")
        }
    }

    /// Loads the set. Prints every `FILE:LINE: reason` and exits 65 when a file has malformed rows,
    /// 66 when a file cannot be read.
    func load() throws -> LexiconSet {
        let contents = try LexiconOptions.read(files)
        do {
            return try LexiconSet.load(userFiles: contents, includeDefault: !noDefaultLexicon)
        } catch {
            LexiconOptions.report(error)
            throw ExitStatus.badData
        }
    }

    /// The contents of `paths` (`-` is standard input). Exits 66 naming a file that cannot be read.
    static func read(_ paths: [String]) throws -> [(name: String, contents: String)] {
        var contents: [(name: String, contents: String)] = []
        for path in paths {
            let data: Data?
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: path)
            }
            guard let data else {
                let exists = FileManager.default.fileExists(atPath: path)
                Console.shared.error("stance: \(path): \(exists ? "cannot read the lexicon file" : "no such lexicon file")")
                throw ExitStatus.missingInput
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                Console.shared.error("stance: \(path): a lexicon file must be UTF-8")
                throw ExitStatus.badData
            }
            contents.append((path, text))
        }
        return contents
    }

    /// Prints every problem of a failed load, one `FILE:LINE: reason` per line.
    static func report(_ error: LexiconLoadError) {
        for problem in error.errors { Console.shared.error("stance: \(problem)") }
        Console.shared.error("stance: the lexicon has \(error.errors.count) problem(s); fix the rows above (see docs/lexicon-format.md)")
    }
}
