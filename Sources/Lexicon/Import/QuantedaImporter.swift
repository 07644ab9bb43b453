/// Converts a quanteda-style YAML dictionary into scoring entries.
///
/// Nested keys become category ids joined with `.` (`economy: {positive: [...]}` →
/// `economy.positive`), each under an optional prefix; lists hold terms: words, `word*` and
/// `*word` globs, and multiword phrases ("not good" → a sequence). Terms are full forms
/// (`=form`) as quanteda matches them; polarity comes from the key names
/// (``ImportConversion/polarity(ofCategory:)``), weight 1.
public enum QuantedaImporter {
    public static func convert(file: String, contents: String, prefix: String = "") -> ImportResult {
        var result = ImportResult()
        let root: DictionaryYAML.Node
        do { root = try DictionaryYAML.parse(contents) } catch {
            result.warnings.append(LexiconFileError(file: file, line: error.line, reason: error.reason))
            return result
        }
        var seen = Set<String>()
        let start = prefix.isEmpty ? [] : [prefix]
        walk(root, path: start, file: file, into: &result, seen: &seen)
        if result.entries.isEmpty && result.warnings.isEmpty {
            result.warnings.append(LexiconFileError(file: file, line: 1, reason: "no terms found (expected keys with lists of terms)"))
        }
        return result
    }

    static func walk(_ node: DictionaryYAML.Node, path: [String], file: String, into result: inout ImportResult, seen: inout Set<String>) {
        switch node {
        case .map(let pairs):
            for (key, value) in pairs { walk(value, path: path + [key], file: file, into: &result, seen: &seen) }
        case .list(let items):
            for item in items { walk(item, path: path, file: file, into: &result, seen: &seen) }
        case .scalar(let term):
            guard !term.isEmpty else { return }
            guard !path.isEmpty else {
                result.warnings.append(LexiconFileError(file: file, line: 1, reason: "term '\(term)' has no category key"))
                return
            }
            let category = ImportConversion.categoryID(path)
            let converted = ImportConversion.pattern(for: term, style: .exactForm)
            guard let pattern = converted.pattern else {
                result.warnings.append(LexiconFileError(file: file, line: 1, reason: "\(category): \(converted.problem ?? "cannot convert"); skipped"))
                return
            }
            result.add(ImportedEntry(pattern: pattern, category: category, polarity: ImportConversion.polarity(ofCategory: path),
                                     weight: 1, note: "quanteda: \(file) \(path.joined(separator: "/"))"), seen: &seen)
        }
    }
}
