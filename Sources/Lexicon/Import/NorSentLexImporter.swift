/// Converts NorSentLex-style word lists into `sentiment` entries.
///
/// Shapes: one word per line (a full-form list → `=form` entries; a lemma list → lemma entries that
/// Stance inflects), or `lemma<TAB>POS<TAB>score` rows (the sign of the score gives the polarity,
/// its size the weight, capped at 4). A list's polarity comes from `polarity`, else from the file
/// name (`…Positive…` / `…Negative…`); whether it holds lemmas or full forms from `style`, else
/// from the file name (`Lemma…` → lemmas, otherwise full forms).
public enum NorSentLexImporter {
    public static func convert(file: String, contents: String, polarity: Polarity? = nil,
                               style: ImportConversion.WordStyle? = nil, category: String = "sentiment") -> ImportResult {
        var result = ImportResult()
        var seen = Set<String>()
        let name = file.split(separator: "/").last.map(String.init)?.lowercased() ?? file.lowercased()
        let listPolarity = polarity ?? (name.contains("positiv") ? .positive : name.contains("negativ") ? .negative : nil)
        let listStyle = style ?? (name.contains("lemma") ? .lemma : .exactForm)
        var lineNumber = 0
        func warn(_ reason: String) { result.warnings.append(LexiconFileError(file: file, line: lineNumber, reason: reason)) }
        for (number, text) in LexiconLines.numbered(contents) {
            lineNumber = number
            let line = String(text)
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t").map { String($0).trimmingWhitespace() }
            if fields.count >= 3, let score = Double(fields[fields.count - 1]) {
                // lemma, part of speech, score
                guard score != 0 else { continue }
                let converted = ImportConversion.pattern(for: fields[0], style: style ?? .lemma)
                guard let pattern = converted.pattern else { warn(converted.problem ?? "cannot convert"); continue }
                result.add(ImportedEntry(pattern: pattern, category: category, polarity: score > 0 ? .positive : .negative,
                                         weight: min(abs(score), 4), note: "norsentlex: \(file):\(lineNumber) \(fields[1]) \(fields[fields.count - 1])"),
                           seen: &seen)
                continue
            }
            if fields.count == 2, Double(fields[0]) == nil, let score = Double(fields[1]) {
                guard score != 0 else { continue }
                let converted = ImportConversion.pattern(for: fields[0], style: listStyle)
                guard let pattern = converted.pattern else { warn(converted.problem ?? "cannot convert"); continue }
                result.add(ImportedEntry(pattern: pattern, category: category, polarity: score > 0 ? .positive : .negative,
                                         weight: min(abs(score), 4), note: "norsentlex: \(file):\(lineNumber) \(fields[1])"), seen: &seen)
                continue
            }
            guard fields.count == 1 else { warn("expected one word per line, or lemma<TAB>POS<TAB>score"); continue }
            guard let listPolarity else {
                result.warnings.append(LexiconFileError(file: file, line: lineNumber,
                    reason: "no polarity: the file name contains neither 'positive' nor 'negative'; give --polarity"))
                return result
            }
            let converted = ImportConversion.pattern(for: fields[0], style: listStyle)
            guard let pattern = converted.pattern else { warn(converted.problem ?? "cannot convert"); continue }
            result.add(ImportedEntry(pattern: pattern, category: category, polarity: listPolarity, weight: 1,
                                     note: "norsentlex: \(file):\(lineNumber)"), seen: &seen)
        }
        return result
    }
}
