/// The loaded lexicon: the default files (embedded in the binary) and users' files on top.
///
/// A file's role comes from its header: a `category` column makes scoring entries, `type`
/// modifiers, `kind` speech cues, `speaker_type` roles, `target` stance-target aliases, `source`
/// the nouns "ifølge" may cite, `organisation` the words of outlets' and parties' names.
public struct LexiconSet: Sendable {
    public internal(set) var entries: [LexiconEntry] = []
    public internal(set) var modifiers: [ModifierEntry] = []
    public internal(set) var cues: [CueEntry] = []
    public internal(set) var roles: [RoleEntry] = []
    public internal(set) var targets: [TargetEntry] = []
    public internal(set) var sourceNouns: [SourceNounEntry] = []
    public internal(set) var organisations: [OrganisationEntry] = []
    /// The files loaded, in order.
    public internal(set) var files: [String] = []
    /// Whether the default lexicon is part of the set.
    public internal(set) var includesDefault = false

    public init() {}

    /// The version of the default lexicon (Resources/lexicon/version.txt).
    public static var defaultVersion: String { DefaultResources.lines(of: "version.txt").first ?? "0" }

    /// The default lexicon alone.
    public static func standard() throws(LexiconLoadError) -> LexiconSet {
        try load(userFiles: [], includeDefault: true, readFile: { _ in nil })
    }

    /// Loads the default lexicon (unless `includeDefault` is false) and the TSV files at `userFiles`.
    /// Every malformed row of every file is reported in the error, not just the first.
    public static func load(userFiles: [(name: String, contents: String)], includeDefault: Bool) throws(LexiconLoadError) -> LexiconSet {
        var set = LexiconSet()
        var errors: [LexiconFileError] = []
        if includeDefault {
            set.includesDefault = true
            for name in DefaultResources.fileNames where name.hasSuffix(".tsv") {
                set.add(file: "default:\(name)", contents: DefaultResources.contents(of: name) ?? "", errors: &errors)
            }
        }
        for file in userFiles { set.add(file: file.name, contents: file.contents, errors: &errors) }
        guard errors.isEmpty else { throw LexiconLoadError(errors: errors) }
        return set
    }

    static func load(userFiles: [String], includeDefault: Bool, readFile: (String) -> String?) throws(LexiconLoadError) -> LexiconSet {
        var contents: [(String, String)] = []
        for file in userFiles {
            guard let text = readFile(file) else {
                throw LexiconLoadError(errors: [LexiconFileError(file: file, line: 0, reason: "cannot read file")])
            }
            contents.append((file, text))
        }
        return try load(userFiles: contents, includeDefault: includeDefault)
    }

    /// Adds one TSV file; malformed rows go to `errors` and are skipped.
    public mutating func add(file: String, contents: String, errors: inout [LexiconFileError]) {
        let table: TSVTable
        do { table = try TSVTable(file: file, contents: contents) } catch {
            errors.append(error)
            return
        }
        files.append(file)
        let columns = Set(table.columns)
        func need(_ names: [String]) -> Bool {
            let missing = names.filter { !columns.contains($0) }
            if !missing.isEmpty {
                errors.append(LexiconFileError(file: file, line: 1, reason: "header lacks column(s) \(missing.joined(separator: ", "))"))
            }
            return missing.isEmpty
        }
        let filePartOfSpeech = PartOfSpeech(fileName: file)
        for row in table.rows {
            let origin = LexiconOrigin(file: file, line: row.line)
            func fail(_ reason: String) { errors.append(LexiconFileError(file: file, line: row.line, reason: reason)) }
            guard let patternText = row["pattern"] else { fail("empty pattern"); continue }
            var pattern: Pattern
            do { pattern = try Pattern(patternText) } catch { fail("pattern '\(patternText)': \(error)"); continue }
            // The paradigm of a one-word lemma: a `pos` column, else the file name (…-nouns.tsv).
            if let posText = row["pos"] {
                guard let partOfSpeech = PartOfSpeech(parsing: posText) else { fail("pos must be noun, verb or adjective (got '\(posText)')"); continue }
                pattern.partOfSpeech = partOfSpeech
            } else {
                pattern.partOfSpeech = filePartOfSpeech
            }
            let note = row["note"] ?? ""
            if columns.contains("category") {
                guard let category = row["category"] else { fail("empty category"); continue }
                guard LexiconSet.isCategoryID(category) else { fail("category '\(category)' is not an id like grievance.expendability"); continue }
                guard let polarityText = row["polarity"], let polarity = Polarity(parsing: polarityText) else {
                    fail("polarity must be positive, negative or neutral (got '\(row["polarity"] ?? "")')"); continue
                }
                guard let weightText = row["weight"], let weight = Double(weightText), weight >= 0, weight <= 4 else {
                    fail("weight must be a number from 0 to 4 (got '\(row["weight"] ?? "")')"); continue
                }
                var context: [Pattern] = [], exclude: [Pattern] = []
                var bad = false
                for (column, list) in [("context", 0), ("exclude", 1)] {
                    for part in (row[column] ?? "").split(separator: ";") {
                        let text = String(part).trimmingWhitespace()
                        guard !text.isEmpty else { continue }
                        do {
                            let parsed = try Pattern(text)
                            if list == 0 { context.append(parsed) } else { exclude.append(parsed) }
                        } catch {
                            fail("\(column) pattern '\(text)': \(error)")
                            bad = true
                        }
                    }
                }
                if bad { continue }
                entries.append(LexiconEntry(pattern: pattern, category: category, polarity: polarity, weight: weight,
                                            note: note, context: context, exclude: exclude, origin: origin))
            } else if columns.contains("type") {
                guard let typeText = row["type"], let kind = ModifierEntry.Kind(rawValue: typeText.lowercased()) else {
                    fail("type must be negator, intensifier, dampener or contrast"); continue
                }
                guard let valueText = row["value"], let value = Double(valueText) else { fail("value must be a number"); continue }
                modifiers.append(ModifierEntry(pattern: pattern, kind: kind, value: value, note: note, origin: origin))
            } else if columns.contains("kind") {
                guard let kindText = row["kind"], let kind = CueEntry.Kind(rawValue: kindText.lowercased()) else {
                    fail("kind must be speech, reporting or indirect"); continue
                }
                let takesAt = note.lowercased().hasPrefix("at-clause: yes") || note.lowercased().hasPrefix("at-clause: often")
                cues.append(CueEntry(pattern: pattern, kind: kind, takesAtClause: takesAt, note: note, origin: origin))
            } else if columns.contains("speaker_type") {
                guard let type = row["speaker_type"] else { fail("empty speaker_type"); continue }
                roles.append(RoleEntry(pattern: pattern, speakerType: type, note: note, origin: origin))
            } else if columns.contains("source") {
                guard let source = row["source"] else { fail("empty source"); continue }
                guard pattern.elements.count == 1, pattern.source.hasPrefix("*") || pattern.source.hasPrefix("=") else {
                    fail("a source noun is one word, '*stem' or '=form' (got '\(patternText)')"); continue
                }
                sourceNouns.append(SourceNounEntry(pattern: pattern, source: source, note: note, origin: origin))
            } else if columns.contains("organisation") {
                guard let kindText = row["organisation"], let kind = OrganisationEntry.Kind(rawValue: kindText.lowercased()) else {
                    fail("organisation must be outlet, party, party_genitive or party_tag (got '\(row["organisation"] ?? "")')"); continue
                }
                guard let word = OrganisationEntry.word(of: pattern, kind: kind) else {
                    fail("an organisation word is one word, 'word' or '=word'\(kind == .outlet ? " or '*ending'" : "") (got '\(patternText)')"); continue
                }
                organisations.append(OrganisationEntry(pattern: pattern, kind: kind, word: word, isEnding: pattern.source.hasPrefix("*"),
                                                       note: note, origin: origin))
            } else if columns.contains("target") {
                guard let target = row["target"] else { fail("empty target"); continue }
                targets.append(TargetEntry(pattern: pattern, target: target, note: note, origin: origin))
            } else {
                _ = need(["pattern", "category", "polarity", "weight", "note"])
                break
            }
        }
    }

    /// Lower-case letters, digits and underscores, in dot-separated parts.
    static func isCategoryID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
    }

    /// One line per row, sorted, in a fixed column order: what the fingerprint is taken of.
    /// Comments, column order, blank lines and file names do not change it.
    public var canonicalForm: String {
        var lines: [String] = []
        for entry in entries {
            lines.append(["entry", entry.pattern.source.stanceFolded + (entry.pattern.partOfSpeech.map { "/" + $0.rawValue } ?? ""), entry.category, entry.polarity.rawValue,
                          JSONNumber.format(entry.weight), entry.context.map(\.source).joined(separator: ";"),
                          entry.exclude.map(\.source).joined(separator: ";")].joined(separator: "\t"))
        }
        for modifier in modifiers {
            lines.append(["modifier", modifier.pattern.source.stanceFolded, modifier.kind.rawValue, JSONNumber.format(modifier.value)].joined(separator: "\t"))
        }
        for cue in cues { lines.append(["cue", cue.pattern.source.stanceFolded, cue.kind.rawValue, cue.takesAtClause ? "at" : ""].joined(separator: "\t")) }
        for role in roles { lines.append(["role", role.pattern.source.stanceFolded, role.speakerType].joined(separator: "\t")) }
        for target in targets { lines.append(["target", target.pattern.source.stanceFolded, target.target].joined(separator: "\t")) }
        for noun in sourceNouns { lines.append(["source", noun.pattern.source.stanceFolded, noun.source].joined(separator: "\t")) }
        // Party names and genitives as written: "Rødt" and "rødt" are different rows.
        for organisation in organisations {
            lines.append(["organisation", (organisation.isEnding ? "*" : "") + organisation.word, organisation.kind.rawValue].joined(separator: "\t"))
        }
        return lines.sorted().joined(separator: "\n") + "\n"
    }

    /// SHA-256 of ``canonicalForm``.
    public var sha256: String { SHA256.hex(Array(canonicalForm.utf8)) }

    /// `default-2026.12.15` for the default lexicon alone; `default-2026.12.15+custom.<sha8>` with
    /// users' files; `custom.<sha8>` without the default.
    public var version: String {
        let custom = files.contains { !$0.hasPrefix("default:") }
        if includesDefault && !custom { return "default-\(LexiconSet.defaultVersion)" }
        // The fingerprint only when a user's file is loaded (hashing takes a few milliseconds).
        let short = String(sha256.prefix(8))
        if includesDefault { return "default-\(LexiconSet.defaultVersion)+custom.\(short)" }
        return "custom.\(short)"
    }

    /// All category ids of the entries, sorted.
    public var categories: [String] { Array(Set(entries.map(\.category))).sorted() }
}

/// The lexicon could not be loaded: every problem found, each with its file and line.
public struct LexiconLoadError: Error, Sendable, CustomStringConvertible {
    public var errors: [LexiconFileError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Deterministic number text for canonical forms.
enum JSONNumber {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
