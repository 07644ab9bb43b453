/// A lexicon pattern, parsed (see docs/lexicon-format.md):
/// `kjøtt` (lemma, matches inflected forms), `=sa` (exact form), `kanonføde*` (prefix),
/// `*mangel` (suffix, with inflections), sequences (`mangel på våpen`), gaps (`…`, `...`, `..N`).
public struct Pattern: Sendable, Hashable, CustomStringConvertible {
    public enum Element: Sendable, Hashable {
        case lemma(String)
        case exact(String)
        case prefix(String)
        case suffix(String)
        /// Up to `max` tokens (of the same sentence) may stand here.
        case gap(max: Int)
    }

    /// Elements, folded; never starts or ends with a gap, never two gaps in a row.
    public let elements: [Element]
    /// The pattern as written.
    public let source: String
    /// For a single-word lemma pattern: the paradigm to inflect it with (nil: every paradigm).
    public var partOfSpeech: PartOfSpeech?

    public var description: String { source }

    /// Number of word elements (gaps not counted).
    public var wordCount: Int { elements.filter { if case .gap = $0 { false } else { true } }.count }

    /// Parses `source`.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        var elements: [Element] = []
        let words = source.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { throw PatternError.empty }
        for raw in words {
            let word = String(raw)
            if word == "…" || word == "..." {
                elements.append(.gap(max: 3))
                continue
            }
            if word.hasPrefix(".."), let max = Int(word.dropFirst(2)), max >= 1, max <= 20 {
                elements.append(.gap(max: max))
                continue
            }
            if word.hasPrefix("..") { throw PatternError.badGap(word) }
            let folded = word.stanceFolded
            if folded.hasPrefix("=") {
                let form = String(folded.dropFirst())
                guard !form.isEmpty, !form.utf8.contains(0x2A) else { throw PatternError.badWord(word) }
                elements.append(.exact(form))
            } else if folded.hasPrefix("*") {
                let rest = String(folded.dropFirst())
                guard rest.count >= 2, !rest.utf8.contains(0x2A) else { throw PatternError.badWildcard(word) }
                elements.append(.suffix(rest))
            } else if folded.hasSuffix("*") {
                let rest = String(folded.dropLast())
                guard rest.count >= 2, !rest.utf8.contains(0x2A) else { throw PatternError.badWildcard(word) }
                elements.append(.prefix(rest))
            } else {
                guard !folded.utf8.contains(0x2A) else { throw PatternError.badWildcard(word) }
                elements.append(.lemma(folded))
            }
        }
        if case .gap = elements.first { throw PatternError.gapAtEdge }
        if case .gap = elements.last { throw PatternError.gapAtEdge }
        for index in elements.indices.dropFirst() {
            if case .gap = elements[index], case .gap = elements[index - 1] { throw PatternError.gapAtEdge }
        }
        self.elements = elements
    }
}

/// Why a pattern does not parse.
public enum PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case badGap(String)
    case badWildcard(String)
    case badWord(String)
    case gapAtEdge

    public var description: String {
        switch self {
        case .empty: "empty pattern"
        case .badGap(let word): "'\(word)' is not a gap (use …, ... or ..N with N from 1 to 20)"
        case .badWildcard(let word): "'\(word)': '*' may only stand at the start or the end of a word of at least two letters"
        case .badWord(let word): "'\(word)' is not a word"
        case .gapAtEdge: "a gap must stand between two words"
        }
    }
}
