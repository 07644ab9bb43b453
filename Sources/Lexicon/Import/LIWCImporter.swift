/// Converts a LIWC dictionary (`.dic`) into scoring entries.
///
/// The format: a category header between two `%` lines (`126<TAB>posemo`), then one word per line
/// followed by its category numbers (`abandon*<TAB>125<TAB>127`). `word*` is a prefix wildcard.
/// Each word × category becomes one entry `=word` (or `word*`) in category `PREFIX.name`
/// (`liwc.posemo`), weight 1, polarity from the category name (``ImportConversion/polarity(ofCategory:)``).
/// Words LIWC 2015 writes with spaces ("kind of") become sequences; LIWC 2007's conditional
/// entries (`like 02 134)/253 …`) keep their plain category numbers and warn about the rest.
public enum LIWCImporter {
    public static func convert(file: String, contents: String, prefix: String = "liwc") -> ImportResult {
        var result = ImportResult()
        var seen = Set<String>()
        var categories: [String: String] = [:]
        var section = 0 // 0 before the first %, 1 in the header, 2 in the words
        var lineNumber = 0
        func warn(_ reason: String) { result.warnings.append(LexiconFileError(file: file, line: lineNumber, reason: reason)) }
        for (number, text) in LexiconLines.numbered(contents) {
            lineNumber = number
            let line = String(text)
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if trimmed == "%" {
                section = min(section + 1, 2)
                continue
            }
            switch section {
            case 0:
                warn("text before the first '%' line is ignored")
            case 1:
                let fields = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " })
                guard fields.count >= 2, Int(fields[0]) != nil else { warn("a category line is 'NUMBER<TAB>name'"); continue }
                categories[String(fields[0])] = fields[1...].joined(separator: " ")
            default:
                let (word, numbers) = splitWordLine(line)
                guard !word.isEmpty else { warn("no word"); continue }
                let converted = ImportConversion.pattern(for: word, style: .exactForm)
                guard let pattern = converted.pattern else { warn(converted.problem ?? "cannot convert"); continue }
                if numbers.isEmpty { warn("'\(word)' has no category") }
                for number in numbers {
                    guard Int(number) != nil, let name = categories[number] else {
                        warn("'\(word)': category '\(number)' is not in the header; skipped")
                        continue
                    }
                    let parts = prefix.isEmpty ? [name] : [prefix, name]
                    result.add(ImportedEntry(pattern: pattern, category: ImportConversion.categoryID(parts),
                                             polarity: ImportConversion.polarity(ofCategory: [name]), weight: 1,
                                             note: "liwc: \(file):\(lineNumber) '\(name)'"), seen: &seen)
                }
            }
        }
        if section < 2 { result.warnings.append(LexiconFileError(file: file, line: max(lineNumber, 1), reason: "not a LIWC dictionary: it needs a '%' … '%' category header")) }
        return result
    }

    /// The word and its category fields: tab-separated (LIWC 2015, words may contain spaces) or,
    /// without tabs, the trailing numbers after the word.
    static func splitWordLine(_ line: String) -> (String, [String]) {
        let tabFields = line.split(separator: "\t").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if tabFields.count >= 2 {
            return (tabFields[0], tabFields[1...].flatMap { $0.split(separator: " ").map(String.init) })
        }
        var words = line.split(separator: " ").map(String.init)
        var numbers: [String] = []
        while words.count > 1, let last = words.last, last.allSatisfy({ $0.isNumber || $0 == ")" || $0 == "/" || $0 == "(" }) {
            numbers.insert(last, at: 0)
            words.removeLast()
        }
        return (words.joined(separator: " "), numbers)
    }
}
