import Foundation

/// The default lexicon files, embedded in the binary at build time by EmbedLexiconPlugin from
/// `Resources/lexicon` (so a copied release binary still has them).
public enum DefaultResources {
    /// File names of the embedded files.
    public static var fileNames: [String] { EmbeddedLexiconFiles.files.map(\.name) }

    /// The contents of an embedded file, or nil.
    public static func contents(of name: String) -> String? {
        EmbeddedLexiconFiles.files.first { $0.name == name }?.contents
    }

    /// Non-empty, non-comment lines of an embedded text file (trimmed).
    public static func lines(of name: String) -> [String] {
        guard let contents = contents(of: name) else { return [] }
        return contents.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}

