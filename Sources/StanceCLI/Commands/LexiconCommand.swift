import ArgumentParser
import Foundation
import Lexicon
import Stance

extension StanceCommand {
    /// `stance lexicon …`: look into, check, convert and export lexicons.
    struct LexiconCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lexicon",
            abstract: "List, check, look up, import and export lexicons.",
            discussion: """
            The default lexicon is built into the binary; --lexicon FILE adds your TSV files on top \
            (repeatable), --no-default-lexicon uses only yours. The format is described in \
            docs/lexicon-format.md.
            """,
            subcommands: [List.self, Info.self, Lint.self, Show.self, Import.self, Export.self]
        )
    }
}

extension StanceCommand.LexiconCommand {
    /// `stance lexicon list`: the rows of the loaded set.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the loaded entries (or modifiers, cues, roles, targets, source nouns, organisation words).",
            discussion: "Entries: pattern, category, polarity, weight, context, exclude, origin (FILE:LINE), note."
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case entries, modifiers, cues, roles, targets
            case sourceNouns = "source-nouns", organisations
        }
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case tsv, csv, jsonl, json, table
            var rowFormat: RowFormat { RowFormat(rawValue: rawValue)! }
        }

        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "What to list: entries, modifiers, cues, roles, targets, source-nouns or organisations.")
        var kind: Kind = .entries

        @Option(help: ArgumentHelp("Only entries whose category is this id or below it (e.g. grievance).", valueName: "ID"))
        var category: String?

        @Option(help: "Output format: tsv, csv, jsonl, json or table.")
        var format: Format = .tsv

        func run() throws {
            let set = try lexicon.load()
            var writer = RowWriter(format: format.rowFormat, tableWidth: 120) { Console.shared.write($0) }
            func row(_ pattern: Pattern, _ fields: [(String, JSONValue)], _ origin: LexiconOrigin, _ note: String) -> OutputRow {
                var row = OutputRow()
                row["pattern"] = .string(pattern.source)
                for (name, value) in fields { row[name] = value }
                row["origin"] = .string(origin.description)
                row["note"] = .string(note)
                return row
            }
            switch kind {
            case .entries:
                for entry in set.entries {
                    if let category, entry.category != category, !entry.category.hasPrefix(category + ".") { continue }
                    writer.add(row(entry.pattern, [
                        ("category", .string(entry.category)), ("polarity", .string(entry.polarity.rawValue)),
                        ("weight", .double(entry.weight)), ("context", .string(entry.context.map(\.source).joined(separator: ";"))),
                        ("exclude", .string(entry.exclude.map(\.source).joined(separator: ";"))),
                    ], entry.origin, entry.note))
                }
            case .modifiers:
                for modifier in set.modifiers {
                    writer.add(row(modifier.pattern, [("type", .string(modifier.kind.rawValue)), ("value", .double(modifier.value))],
                                   modifier.origin, modifier.note))
                }
            case .cues:
                for cue in set.cues {
                    writer.add(row(cue.pattern, [("kind", .string(cue.kind.rawValue)), ("at_clause", .bool(cue.takesAtClause))],
                                   cue.origin, cue.note))
                }
            case .roles:
                for role in set.roles { writer.add(row(role.pattern, [("speaker_type", .string(role.speakerType))], role.origin, role.note)) }
            case .targets:
                for target in set.targets { writer.add(row(target.pattern, [("target", .string(target.target))], target.origin, target.note)) }
            case .sourceNouns:
                for noun in set.sourceNouns { writer.add(row(noun.pattern, [("source", .string(noun.source))], noun.origin, noun.note)) }
            case .organisations:
                for organisation in set.organisations {
                    writer.add(row(organisation.pattern, [("organisation", .string(organisation.kind.rawValue))], organisation.origin, organisation.note))
                }
            }
            writer.finish()
            Console.shared.flush()
            if Console.shared.outputFailed { throw ExitStatus.ioError }
        }
    }

    /// `stance lexicon info`: version, sha256 and counts.
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the version and sha256 of the loaded lexicon, and counts per file and category.",
            discussion: """
            version is default-VERSION for the built-in lexicon, default-VERSION+custom.SHA8 with \
            your files on top, custom.SHA8 without the default. sha256 is taken of the canonical \
            form of every row (comments, column order and file names do not change it).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let set = try lexicon.load()
            var perFile: [String: [String: Int]] = [:]
            func count(_ file: String, _ kind: String) { perFile[file, default: [:]][kind, default: 0] += 1 }
            for entry in set.entries { count(entry.origin.file, "entries") }
            for modifier in set.modifiers { count(modifier.origin.file, "modifiers") }
            for cue in set.cues { count(cue.origin.file, "cues") }
            for role in set.roles { count(role.origin.file, "roles") }
            for target in set.targets { count(target.origin.file, "targets") }
            for noun in set.sourceNouns { count(noun.origin.file, "source_nouns") }
            for organisation in set.organisations { count(organisation.origin.file, "organisations") }
            var perCategory: [String: Int] = [:]
            for entry in set.entries { perCategory[entry.category, default: 0] += 1 }
            let output = Console.shared
            switch format {
            case .json:
                let files = set.files.map { file -> JSONValue in
                    var object: [String: JSONValue] = ["file": .string(file)]
                    for (kind, number) in perFile[file] ?? [:] { object[kind] = .int(number) }
                    return .object(object)
                }
                output.write(JSONValue.object([
                    "version": .string(set.version), "sha256": .string(set.sha256),
                    "entries": .int(set.entries.count), "modifiers": .int(set.modifiers.count), "cues": .int(set.cues.count),
                    "roles": .int(set.roles.count), "targets": .int(set.targets.count),
                    "source_nouns": .int(set.sourceNouns.count), "organisations": .int(set.organisations.count), "files": .array(files),
                    "categories": .object(perCategory.mapValues { .int($0) }),
                ]).encoded)
            case .text:
                output.write("version: \(set.version)")
                output.write("sha256: \(set.sha256)")
                output.write("entries: \(set.entries.count)  modifiers: \(set.modifiers.count)  cues: \(set.cues.count)  roles: \(set.roles.count)  targets: \(set.targets.count)  source nouns: \(set.sourceNouns.count)  organisations: \(set.organisations.count)")
                output.write("files:")
                let width = max(set.files.map(\.count).max() ?? 0, 10)
                for file in set.files {
                    let counts = (perFile[file] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                    output.write("  " + file.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (counts.isEmpty ? "no rows" : counts))
                }
                output.write("categories:")
                let categoryWidth = max(perCategory.keys.map(\.count).max() ?? 0, 10)
                for (category, number) in perCategory.sorted(by: { $0.key < $1.key }) {
                    output.write("  " + category.padding(toLength: categoryWidth, withPad: " ", startingAt: 0) + "  " + String(number))
                }
            }
            output.flush()
            if output.outputFailed { throw ExitStatus.ioError }
        }
    }

    /// `stance lexicon lint [FILE...]`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lexicon files: malformed rows, conflicting duplicates, unmatchable patterns, unused categories.",
            discussion: """
            With FILEs, checks them (on top of the default lexicon unless --no-default-lexicon, so \
            conflicts with it are found); without, checks the loaded set (default and --lexicon \
            files). Prints FILE:LINE: error|warning: message. Exits 1 when there is an error \
            (with --strict also when there is only a warning), 0 otherwise.
            """
        )

        @Argument(help: ArgumentHelp("Lexicon TSV files to check.", valueName: "FILE"))
        var files: [String] = []

        @OptionGroup var lexicon: LexiconOptions

        @Flag(help: "Warnings make the exit status 1 too.")
        var strict = false

        func run() throws {
            let targets = try LexiconOptions.read(files + lexicon.files)
            let problems = LexiconLint.lint(files: targets, includeDefault: !lexicon.noDefaultLexicon)
            for problem in problems { Console.shared.write(problem.description) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            Console.shared.flush()
            Console.shared.error("stance: \(errors) error(s), \(warnings) warning(s)")
            if errors > 0 || (strict && warnings > 0) { throw ExitStatus.failure }
        }
    }

    /// `stance lexicon show TERM`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the lexicon rows that match TERM, and the forms generated from TERM as a lemma.",
            discussion: """
            TERM is tokenized like running text and every pattern is matched against it, so \
            "stance lexicon show kjøttet" finds the lemma entry kjøtt and "stance lexicon show \
            'sendt frem som kjøtt'" finds 'sende … som kjøtt'. Context and exclude conditions are \
            shown, not checked (use stance explain for a whole sentence).
            """
        )

        @Argument(help: ArgumentHelp("A word or phrase.", valueName: "TERM"))
        var term: String

        @OptionGroup var lexicon: LexiconOptions

        func run() throws {
            let set = try lexicon.load()
            let matcher = Matcher(lexicon: set)
            let session = try LexiconSession(matcher: matcher)
            let analysis = session.analyse(Text(term))
            let segmentation = analysis.segmentation
            let output = Console.shared
            let tokens = (0..<segmentation.tokens.count).map { segmentation.surface(token: $0) }
            output.write("\"\(term)\": \(tokens.count) token(s): \(tokens.joined(separator: " · "))")
            let matches = matcher.allMatches(in: 0..<segmentation.tokens.count, atoms: analysis.atoms)
            func words(_ range: Range<Int>) -> String { range.map { segmentation.surface(token: $0) }.joined(separator: " ") }
            var lemmas: [String] = []
            var shown = 0
            for group in Matcher.Group.allCases {
                let items = matches.filter { $0.group == group }
                guard !items.isEmpty else { continue }
                var seen = Set<Int>()
                var conditions = 0
                for match in items where seen.insert(match.item).inserted {
                    shown += 1
                    if group == .condition {
                        conditions += 1
                        if conditions > 5 { continue }
                    }
                    switch group {
                    case .entry:
                        let entry = set.entries[match.item]
                        output.write("entry      \(entry.pattern.source)  \(entry.category)  \(entry.polarity.rawValue) \(HitStepText.number(entry.weight))  @ \(entry.origin)  matched \"\(words(match.tokens))\"")
                        if !entry.context.isEmpty { output.write("           counts only near: \(entry.context.map(\.source).joined(separator: "; "))") }
                        if !entry.exclude.isEmpty { output.write("           not near: \(entry.exclude.map(\.source).joined(separator: "; "))") }
                        if !entry.note.isEmpty { output.write("           note: \(entry.note)") }
                        for element in entry.pattern.elements { if case .lemma(let lemma) = element { lemmas.append(lemma) } }
                    case .condition:
                        let entry = set.entries[match.item]
                        output.write("condition  of \(entry.pattern.source) (\(entry.category)) @ \(entry.origin)  matched \"\(words(match.tokens))\"")
                    case .modifier:
                        let modifier = set.modifiers[match.item]
                        output.write("modifier   \(modifier.pattern.source)  \(modifier.kind.rawValue) \(HitStepText.number(modifier.value))  @ \(modifier.origin)")
                    case .cue:
                        let cue = set.cues[match.item]
                        output.write("cue        \(cue.pattern.source)  \(cue.kind.rawValue)  @ \(cue.origin)")
                    case .role:
                        let role = set.roles[match.item]
                        output.write("role       \(role.pattern.source)  \(role.speakerType)  @ \(role.origin)")
                    case .target:
                        let target = set.targets[match.item]
                        output.write("target     \(target.pattern.source)  \(target.target)  @ \(target.origin)")
                    }
                }
                if conditions > 5 { output.write("condition  … and \(conditions - 5) more entries with it as a context or exclude word") }
            }
            if shown == 0 { output.write("no lexicon row matches") }
            let folded = term.stanceFolded
            if !folded.contains(" ") && !lemmas.contains(folded) { lemmas.insert(folded, at: 0) }
            var printed = Set<String>()
            for lemma in lemmas where printed.insert(lemma).inserted {
                output.write("forms of \(lemma) as a lemma: \(NorwegianInflection.forms(of: lemma).sorted().joined(separator: ", "))")
            }
            output.flush()
        }
    }

    /// `stance lexicon export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the loaded scoring entries as one TSV file (with an origin column).",
            discussion: "Modifiers, cues, roles and targets are not included: they keep their own files."
        )

        @OptionGroup var lexicon: LexiconOptions

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
        var output: String?

        func run() throws {
            let set = try lexicon.load()
            let text = LexiconTSVWriter.tsv(of: set, comments: [
                "Exported by stance \(StanceVersion.string): \(set.entries.count) entries of lexicon \(set.version)",
                "sha256 of the whole set: \(set.sha256)",
            ])
            try writeOutput(text, to: output)
        }
    }

    /// `stance lexicon import --from liwc|quanteda|norsentlex FILE...`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a LIWC .dic, a quanteda YAML dictionary or NorSentLex word lists into a Stance lexicon TSV.",
            discussion: """
            liwc: categories become PREFIX.name (--prefix, default liwc), words =form, word* prefixes. \
            quanteda: nested keys become category ids joined with '.', terms =form, globs word*/*word. \
            norsentlex: one word per line (polarity from --polarity or the file name, lemma lists \
            when the file name contains 'lemma' or with --forms lemma) or lemma<TAB>POS<TAB>score; \
            category sentiment (--category). Polarity of liwc/quanteda categories comes from names \
            such as positive/posemo/negative/negemo/anger; weight 1. Skipped terms are reported \
            as FILE:LINE warnings on standard error.
            """
        )

        enum Source: String, ExpressibleByArgument, CaseIterable { case liwc, quanteda, norsentlex }
        enum Forms: String, ExpressibleByArgument, CaseIterable { case lemma, fullform }

        @Option(help: "The input format: liwc, quanteda or norsentlex.")
        var from: Source

        @Argument(help: ArgumentHelp("Files to convert.", valueName: "FILE"))
        var files: [String]

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(help: ArgumentHelp("norsentlex word lists: the polarity of every word (else taken from the file name).", valueName: "positive|negative"))
        var polarity: String?

        @Option(help: "norsentlex word lists: lemma (inflected by Stance) or fullform (exact forms); default from the file name.")
        var forms: Forms?

        @Option(help: ArgumentHelp("norsentlex: the category id (default sentiment).", valueName: "ID"))
        var category: String = "sentiment"

        @Option(help: ArgumentHelp("liwc/quanteda: a first part for every category id (liwc: default liwc; quanteda: none).", valueName: "ID"))
        var prefix: String?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give at least one FILE to import.") }
            if let polarity, Polarity(parsing: polarity) == nil || Polarity(parsing: polarity) == .neutral {
                throw ValidationError("--polarity must be positive or negative.")
            }
            guard LexiconIDCheck.isCategoryID(category) else { throw ValidationError("--category '\(category)' is not an id like sentiment or grievance.custom.") }
            if let prefix, !prefix.isEmpty, !LexiconIDCheck.isCategoryID(prefix) {
                throw ValidationError("--prefix '\(prefix)' is not an id like liwc or my.dictionary.")
            }
        }

        func run() throws {
            var result = ImportResult()
            var seen = Set<String>()
            for (file, contents) in try LexiconOptions.read(files) {
                let converted: ImportResult
                switch from {
                case .liwc: converted = LIWCImporter.convert(file: file, contents: contents, prefix: prefix ?? "liwc")
                case .quanteda: converted = QuantedaImporter.convert(file: file, contents: contents, prefix: prefix ?? "")
                case .norsentlex:
                    converted = NorSentLexImporter.convert(file: file, contents: contents, polarity: polarity.flatMap(Polarity.init(parsing:)),
                                                           style: forms.map { $0 == .lemma ? .lemma : .exactForm }, category: category)
                }
                for entry in converted.entries where seen.insert(entry.pattern.stanceFolded + "\t" + entry.category).inserted {
                    result.entries.append(entry)
                }
                result.warnings += converted.warnings
            }
            for warning in result.warnings { Console.shared.error("stance: \(warning.file):\(warning.line): warning: \(warning.reason)") }
            guard !result.entries.isEmpty else {
                Console.shared.error("stance: nothing to import")
                throw ExitStatus.badData
            }
            let text = LexiconTSVWriter.tsv(result.entries, comments: [
                "Imported by stance \(StanceVersion.string) from \(from.rawValue): \(files.joined(separator: ", "))",
                "\(result.entries.count) entries; check the weights and notes before use (stance lexicon lint)",
            ])
            // What we write must load.
            do { _ = try LexiconSet.load(userFiles: [("import", text)], includeDefault: false) } catch {
                LexiconOptions.report(error)
                throw ExitStatus.badData
            }
            try writeOutput(text, to: output)
            let categories = Set(result.entries.map(\.category)).count
            Console.shared.error("stance: \(result.entries.count) entries in \(categories) categor\(categories == 1 ? "y" : "ies")\(output.map { " written to \($0)" } ?? "")")
        }
    }
}

/// Category ids as the lexicon loader accepts them.
enum LexiconIDCheck {
    static func isCategoryID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
    }
}

/// Numbers in human-readable output: 2, 1.5, -0.25.
enum HitStepText {
    static func number(_ value: Double) -> String { JSONValue.format(value) }
}

/// Writes `text` to `path`, or to standard output when nil (exit 74 when writing fails).
func writeOutput(_ text: String, to path: String?) throws {
    if let path {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            Console.shared.error("stance: cannot write \(path)")
            throw ExitStatus.ioError
        }
        return
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    for line in lines { Console.shared.write(String(line)) }
    Console.shared.flush()
    if Console.shared.outputFailed { throw ExitStatus.ioError }
}
