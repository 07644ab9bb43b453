/// One finding of ``LexiconLint``: where, how bad, what.
public struct LintProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }
    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}

/// Checks lexicon files for what loading alone does not catch (docs/lexicon-format.md, "Lint"):
///
/// - **malformed rows** (errors): everything ``LexiconSet/add(file:contents:errors:)`` rejects;
/// - **conflicting duplicates** (errors): the same pattern twice in one layer with different
///   polarity; the same pattern and category twice with the same polarity is a warning;
/// - **patterns that can never match** (errors): a word the tokenizer does not keep as one token
///   ("bl.a" is one token, "våpen." or "ikke-bra!" are not), because a pattern word only ever
///   matches one token's folded form;
/// - **unused categories**: a file may declare its categories in a comment line
///   `# categories: grievance.expendability, grievance.casualties`; a declared category without
///   entries is a warning, an entry with an undeclared category an error. A category with a
///   single entry in the whole set is a warning (usually a typo of another id, which is named).
public enum LexiconLint {
    /// Lints `files` on top of the default lexicon (if `includeDefault`). Findings are reported for
    /// `files` only, or for every file (the default ones too) when `files` is empty.
    public static func lint(files: [(name: String, contents: String)], includeDefault: Bool) -> [LintProblem] {
        var set = LexiconSet()
        var loadErrors: [LexiconFileError] = []
        var sources: [(name: String, contents: String)] = []
        if includeDefault {
            set.includesDefault = true
            for name in DefaultResources.fileNames where name.hasSuffix(".tsv") {
                sources.append(("default:\(name)", DefaultResources.contents(of: name) ?? ""))
            }
        }
        sources += files
        for source in sources { set.add(file: source.name, contents: source.contents, errors: &loadErrors) }
        let reported: Set<String> = files.isEmpty ? Set(sources.map(\.name)) : Set(files.map(\.name))

        var problems: [LintProblem] = []
        func report(_ origin: LexiconOrigin, _ severity: LintProblem.Severity, _ message: String) {
            guard reported.contains(origin.file) else { return }
            problems.append(LintProblem(file: origin.file, line: origin.line, severity: severity, message: message))
        }
        for error in loadErrors { report(LexiconOrigin(file: error.file, line: error.line), .error, error.reason) }
        duplicates(set, report)
        unmatchable(set, report)
        categories(set, sources: sources, report)
        return problems.sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            if $0.line != $1.line { return $0.line < $1.line }
            return $0.message < $1.message
        }
    }

    typealias Report = (LexiconOrigin, LintProblem.Severity, String) -> Void

    /// The same pattern twice in one layer.
    static func duplicates(_ set: LexiconSet, _ report: Report) {
        var first: [String: [Int]] = [:]
        for (index, entry) in set.entries.enumerated() {
            let key = "\(entry.layer)\u{0}\(entry.pattern.elements)"
            for earlier in first[key, default: []] {
                let other = set.entries[earlier]
                if other.polarity != entry.polarity {
                    report(entry.origin, .error, "'\(entry.pattern.source)' is \(entry.polarity.rawValue) here but \(other.polarity.rawValue) at \(other.origin) (\(other.category))")
                    break
                } else if other.category == entry.category {
                    report(entry.origin, .warning, "'\(entry.pattern.source)' (\(entry.category)) repeats \(other.origin); the first one wins overlaps")
                    break
                }
            }
            first[key, default: []].append(index)
        }
    }

    /// Pattern words the tokenizer would not keep as one token with that folded form.
    static func unmatchable(_ set: LexiconSet, _ report: Report) {
        guard let segmenter = try? Segmenter() else { return }
        var verdicts: [String: String?] = [:]
        func problem(_ word: String) -> String? {
            if let known = verdicts[word] { return known }
            let segmentation = segmenter.segment(Text(word))
            var verdict: String?
            if segmentation.tokens.count != 1 {
                let parts = (0..<segmentation.tokens.count).map { segmentation.surface(token: $0) }
                verdict = "'\(word)' is \(parts.count) tokens for the tokenizer (\(parts.joined(separator: " · "))), so it never matches; write them as separate words"
            } else if segmentation.folded(token: 0) != word {
                verdict = "'\(word)' is read as '\(segmentation.folded(token: 0))', so it never matches"
            }
            verdicts[word] = verdict
            return verdict
        }
        func check(_ pattern: Pattern, _ origin: LexiconOrigin, _ role: String) {
            for element in pattern.elements {
                // A wildcard is part of a token: test it with a letter where the '*' stands.
                let word: String, shown: String
                switch element {
                case .lemma(let text), .exact(let text): (word, shown) = (text, text)
                case .prefix(let text): (word, shown) = (text + "x", text + "*")
                case .suffix(let text): (word, shown) = ("x" + text, "*" + text)
                case .gap: continue
                }
                guard var message = problem(word) else { continue }
                if word != shown { message = "'\(shown)' can never match: a token ending or starting like it is split by the tokenizer" }
                report(origin, .error, role.isEmpty ? message : "\(role): \(message)")
            }
        }
        for entry in set.entries {
            check(entry.pattern, entry.origin, "")
            for pattern in entry.context { check(pattern, entry.origin, "context '\(pattern.source)'") }
            for pattern in entry.exclude { check(pattern, entry.origin, "exclude '\(pattern.source)'") }
        }
        for modifier in set.modifiers { check(modifier.pattern, modifier.origin, "") }
        for cue in set.cues { check(cue.pattern, cue.origin, "") }
        for role in set.roles { check(role.pattern, role.origin, "") }
        for target in set.targets { check(target.pattern, target.origin, "") }
        for noun in set.sourceNouns { check(noun.pattern, noun.origin, "") }
        for organisation in set.organisations { check(organisation.pattern, organisation.origin, "") }
    }

    /// Declared-but-unused, used-but-undeclared and single-entry categories.
    static func categories(_ set: LexiconSet, sources: [(name: String, contents: String)], _ report: Report) {
        var count: [String: Int] = [:]
        var firstUse: [String: LexiconOrigin] = [:]
        var usedByFile: [String: Set<String>] = [:]
        for entry in set.entries {
            count[entry.category, default: 0] += 1
            if firstUse[entry.category] == nil { firstUse[entry.category] = entry.origin }
            usedByFile[entry.origin.file, default: []].insert(entry.category)
        }
        for source in sources {
            guard let (declared, line) = declaredCategories(source.contents) else { continue }
            for category in declared where !(usedByFile[source.name]?.contains(category) ?? false) {
                report(LexiconOrigin(file: source.name, line: line), .warning, "category '\(category)' is declared but no entry uses it")
            }
            for entry in set.entries where entry.origin.file == source.name && !declared.contains(entry.category) {
                report(entry.origin, .error, "category '\(entry.category)' is not declared in the file's '# categories:' line")
            }
        }
        let all = count.keys.sorted()
        for category in all where count[category] == 1 {
            let near = all.filter { $0 != category && editDistance($0, category) <= 2 }
            let hint = near.isEmpty ? "" : " (a typo of '\(near[0])'?)"
            report(firstUse[category]!, .warning, "category '\(category)' has a single entry\(hint)")
        }
    }

    /// The categories of a `# categories: a, b` comment line, and its line number.
    static func declaredCategories(_ contents: String) -> (Set<String>, Int)? {
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = String(line).trimmingWhitespace()
            guard trimmed.hasPrefix("#") else { continue }
            let body = String(trimmed.dropFirst()).trimmingWhitespace()
            guard body.lowercased().hasPrefix("categories:") else { continue }
            let list = body.dropFirst("categories:".count).split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
            return (Set(list.map(String.init)), lineNumber)
        }
        return nil
    }

    /// Levenshtein distance (for typo hints between category ids).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
