/// A scoring entry converted from another lexicon format, ready to be written as one row of our TSV.
public struct ImportedEntry: Sendable, Hashable {
    /// The pattern, in Stance's pattern language (`=form`, `prefix*`, `lemma`, sequences).
    public var pattern: String
    public var category: String
    public var polarity: Polarity
    public var weight: Double
    /// Where the row came from (`liwc: FILE:LINE 'posemo'`).
    public var note: String

    public init(pattern: String, category: String, polarity: Polarity, weight: Double, note: String) {
        self.pattern = pattern
        self.category = category
        self.polarity = polarity
        self.weight = weight
        self.note = note
    }
}

/// The result of converting one or more files: the entries, and what was skipped (with FILE:LINE).
public struct ImportResult: Sendable {
    public var entries: [ImportedEntry] = []
    public var warnings: [LexiconFileError] = []

    public init(entries: [ImportedEntry] = [], warnings: [LexiconFileError] = []) {
        self.entries = entries
        self.warnings = warnings
    }

    /// Appends `entry` unless the same pattern and category are already there (first one wins).
    mutating func add(_ entry: ImportedEntry, seen: inout Set<String>) {
        let key = entry.pattern.stanceFolded + "\t" + entry.category
        guard seen.insert(key).inserted else { return }
        entries.append(entry)
    }
}

/// Shared conversions of the importers: words of foreign lexicons into patterns, names into
/// category ids.
public enum ImportConversion {
    /// How a word of a word list becomes a pattern element.
    public enum WordStyle: Sendable { case exactForm, lemma }

    /// The pattern for `term` (one word, or words separated by spaces): `word*` → prefix, `*word` →
    /// suffix, other words `=form` (exact, for full-form lists) or `lemma`. Nil, with the reason,
    /// for globs our pattern language cannot express (`*` inside a word, `?`, a one-letter stem).
    public static func pattern(for term: String, style: WordStyle) -> (pattern: String?, problem: String?) {
        let words = term.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { return (nil, "empty term") }
        var parts: [String] = []
        for raw in words {
            var word = String(raw)
            if word.contains("?") { return (nil, "'\(term)': '?' wildcards are not supported") }
            let stars = word.filter { $0 == "*" }.count
            if stars > 0 {
                let prefix = word.hasSuffix("*") && !word.hasPrefix("*") && stars == 1
                let suffix = word.hasPrefix("*") && !word.hasSuffix("*") && stars == 1
                guard prefix || suffix else { return (nil, "'\(term)': '*' is supported only at the start or the end of a word") }
                if word.count < 3 { return (nil, "'\(term)': a wildcard needs at least two letters") }
                parts.append(word)
                continue
            }
            if word.hasPrefix("=") { word.removeFirst() }
            guard !word.isEmpty, word != "…", word != "...", !word.hasPrefix("..") else { return (nil, "'\(term)' is not a word") }
            parts.append(style == .exactForm ? "=" + word : word)
        }
        let pattern = parts.joined(separator: " ")
        do { _ = try Pattern(pattern) } catch { return (nil, "'\(term)': \(error)") }
        return (pattern, nil)
    }

    /// A category id from a foreign name: folded, `æ ø å` spelled `ae o aa`, anything but letters,
    /// digits and `_` turned into `_` ("Positive Emotion" → `positive_emotion`).
    public static func categoryPart(_ name: String) -> String {
        var out = ""
        for character in name.stanceFolded {
            switch character {
            case "a"..."z", "0"..."9", "_": out.append(character)
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "aa"
            default: if !out.hasSuffix("_") { out.append("_") }
            }
        }
        while out.hasPrefix("_") { out.removeFirst() }
        while out.hasSuffix("_") { out.removeLast() }
        return out.isEmpty ? "unnamed" : out
    }

    /// A category id from parts, each converted by ``categoryPart(_:)`` and joined with `.`.
    public static func categoryID(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.map(categoryPart).joined(separator: ".")
    }

    /// Polarity implied by a category name: `positive`, `posemo`, `pos` …; `negative`, `negemo`,
    /// `anger`, `anx`, `sad` …; LSD's `neg_positive` (negated positive) is negative and
    /// `neg_negative` positive; anything else neutral.
    public static func polarity(ofCategory parts: [String]) -> Polarity {
        var result = Polarity.neutral
        for part in parts.map(categoryPart) {
            switch part {
            case "neg_positive", "negated_positive": result = .negative
            case "neg_negative", "negated_negative": result = .positive
            case "positive", "posemo", "pos", "positive_emotion", "positive_emotions", "posemotion", "positiv":
                result = .positive
            case "negative", "negemo", "neg", "negative_emotion", "negative_emotions", "negemotion", "negativ",
                 "anger", "anx", "anxiety", "sad", "sadness":
                result = .negative
            default: continue
            }
        }
        return result
    }
}
