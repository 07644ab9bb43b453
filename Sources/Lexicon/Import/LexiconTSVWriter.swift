/// Writes scoring entries as one lexicon TSV file (docs/lexicon-format.md): what
/// `stance lexicon import` and `stance lexicon export` produce.
public enum LexiconTSVWriter {
    /// The header of entry files, in this order.
    public static let columns = ["pattern", "category", "polarity", "weight", "note", "context", "exclude"]

    /// A TSV file of `entries` with `comments` as `#` lines on top.
    public static func tsv(_ entries: [ImportedEntry], comments: [String] = []) -> String {
        var out = comments.map { "# " + $0 + "\n" }.joined()
        out += columns.joined(separator: "\t") + "\n"
        for entry in entries {
            out += [entry.pattern, entry.category, entry.polarity.rawValue, JSONNumber.format(entry.weight),
                    field(entry.note), "", ""].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The scoring entries of a loaded set as one TSV file, in load order, with an `origin` column
    /// (FILE:LINE; an unknown column, so loading the file again ignores it).
    public static func tsv(of lexicon: LexiconSet, comments: [String] = []) -> String {
        var out = comments.map { "# " + $0 + "\n" }.joined()
        out += (columns + ["origin"]).joined(separator: "\t") + "\n"
        for entry in lexicon.entries {
            out += [entry.pattern.source, entry.category, entry.polarity.rawValue, JSONNumber.format(entry.weight),
                    field(entry.note), entry.context.map(\.source).joined(separator: ";"),
                    entry.exclude.map(\.source).joined(separator: ";"), field(entry.origin.description)].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and line breaks inside a field would break the row: they become spaces.
    static func field(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return String(out)
    }
}
