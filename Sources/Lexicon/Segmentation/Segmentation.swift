/// Where the paragraphs, sentences and tokens of one ``Text`` are: struct-of-arrays of UTF-8
/// byte ranges, built once by ``Segmenter`` and read by every later stage (matching, quotes,
/// profiles). Nothing here copies text; use ``Text/string(_:)`` at the edges.
public struct Segmentation: Sendable {
    public let text: Text
    public internal(set) var paragraphs: [Paragraph] = []
    public internal(set) var sentences: [Sentence] = []
    public internal(set) var tokens = TokenTable()
    /// The folded forms of this document's tokens (ids are local to the document).
    public internal(set) var forms = FormTable()

    public init(text: Text) { self.text = text }

    /// The text of a sentence, paragraph or token as a `String`.
    public func string(_ range: Range<Int>) -> String { text.string(range) }

    /// The folded form of token `index` as a `String` (for output and tests, not for hot loops).
    public func folded(token index: Int) -> String { forms.string(Int(tokens.forms[index])) }

    /// The surface text of token `index`.
    public func surface(token index: Int) -> String { text.string(tokens.range(index)) }
}

/// A paragraph: a block of the text, its kind, and the sentences in it.
public struct Paragraph: Sendable, Hashable {
    /// Byte range of the paragraph text (without surrounding whitespace).
    public var range: Range<Int>
    public var kind: Kind
    /// Indices into ``Segmentation/sentences``.
    public var sentences: Range<Int>
    /// For a dash paragraph, the byte range of the dash; for a caption, of the label with its colon.
    public var marker: Range<Int>?

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Running text.
        case body
        /// Starts with a quote dash (U+2013, U+2014, U+2212 or "- "): direct speech.
        case dash
        /// An all-caps label and a colon: "HENSTILLING: Disse kvinnene …".
        case caption
        /// A short line without final punctuation before body text (title, subheading).
        case headline
    }
}

/// A sentence: its byte range, its paragraph and its tokens.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    public var paragraph: Int
    /// Indices into ``Segmentation/tokens``.
    public var tokens: Range<Int>
}

/// What a token is.
public enum TokenKind: UInt8, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case word = 0
    case number = 1
    case punctuation = 2
    case symbol = 3
    case url = 4
    case email = 5

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        }
    }

    /// Words, numbers and compounds: the tokens counted as "tokens" in rates per 1,000.
    public var isLexical: Bool { self == .word || self == .number }
}

/// Tokens as parallel arrays (start, end, kind, folded-form id).
public struct TokenTable: Sendable {
    public internal(set) var starts = ContiguousArray<Int32>()
    public internal(set) var ends = ContiguousArray<Int32>()
    public internal(set) var kinds = ContiguousArray<TokenKind>()
    /// Ids into the document's ``FormTable``.
    public internal(set) var forms = ContiguousArray<Int32>()

    public init() {}

    public var count: Int { starts.count }

    @inlinable
    public func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(ends[index]) }

    mutating func append(start: Int, end: Int, kind: TokenKind, form: Int32) {
        starts.append(Int32(start))
        ends.append(Int32(end))
        kinds.append(kind)
        forms.append(form)
    }

    mutating func reserve(_ count: Int) {
        starts.reserveCapacity(count)
        ends.reserveCapacity(count)
        kinds.reserveCapacity(count)
        forms.reserveCapacity(count)
    }
}
