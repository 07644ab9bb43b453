import Testing
@testable import Lexicon

/// Segments `string` (BOM and newlines normalised as for files) with the standard rules.
func segment(_ string: String) throws -> Segmentation {
    try Segmenter().segment(Text(string))
}

/// Segments raw bytes as a file would be read.
func segment(bytes: [UInt8], lossy: Bool = false) throws -> Segmentation {
    try Segmenter().segment(Text(decoding: bytes, lossy: lossy))
}

extension Segmentation {
    /// The text of every sentence, in order.
    var sentenceTexts: [String] { sentences.map { string($0.range) } }

    /// The text of every paragraph, in order.
    var paragraphTexts: [String] { paragraphs.map { string($0.range) } }

    var paragraphKinds: [Paragraph.Kind] { paragraphs.map(\.kind) }

    /// The sentences of paragraph `index` as strings.
    func sentenceTexts(inParagraph index: Int) -> [String] {
        paragraphs[index].sentences.map { string(sentences[$0].range) }
    }

    /// Surface text of every token of the document.
    var tokenTexts: [String] { (0..<tokens.count).map { surface(token: $0) } }

    /// Surface text of the tokens of sentence `index`.
    func tokenTexts(inSentence index: Int) -> [String] { sentences[index].tokens.map { surface(token: $0) } }

    var tokenKinds: [TokenKind] { Array(tokens.kinds) }

    /// Folded form of every token.
    var foldedForms: [String] { (0..<tokens.count).map { folded(token: $0) } }

    /// The kind of the first token whose surface is `surface`.
    func kind(of surface: String) -> TokenKind? {
        (0..<tokens.count).first { self.surface(token: $0) == surface }.map { tokens.kinds[$0] }
    }

    /// Unicode scalar offsets of a byte range, as every output reports them.
    func scalarRange(_ range: Range<Int>) -> Range<Int> {
        text.scalarOffset(ofByte: range.lowerBound)..<text.scalarOffset(ofByte: range.upperBound)
    }
}

extension String {
    /// The scalars `range` (Unicode scalar offsets), like Python's `text[start:end]`.
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
