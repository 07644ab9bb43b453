/// Splits a ``Text`` into paragraphs, sentences and tokens.
///
/// ICU (locale nb) proposes sentence and word boundaries; ``ParagraphSplitter`` and
/// ``SentenceRules`` correct them for Norwegian news: dash-opened direct speech, abbreviations,
/// ordinals and dates, hard-wrapped lines. Words keep hyphen compounds whole ("NATO-sjefen",
/// "Sverdlovsk-"), URLs and e-mail addresses whole, and carry an interned case-folded form.
///
/// A `Segmenter` owns ICU iterators and scratch buffers: it is not thread-safe; make one per
/// worker. ``segment(_:)`` is a pure function of the text and the rules.
public final class Segmenter {
    public let rules: SentenceRules
    let sentenceBreaker: ICUBreaker
    let wordBreaker: ICUBreaker
    var scratch = ContiguousArray<UInt8>()
    var foldBuffer = ContiguousArray<UInt8>()
    var boundaries: [Int] = []

    public init(rules: SentenceRules = .standard) throws(SegmenterError) {
        self.rules = rules
        sentenceBreaker = try ICUBreaker(.sentence)
        wordBreaker = try ICUBreaker(.word)
    }

    /// Segments `text`.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func segment(_ text: Text) -> Segmentation {
        var result = Segmentation(text: text)
        text.utf8.withUnsafeBufferPointer { bytes in
            result.paragraphs = ParagraphSplitter.split(bytes)
            prepareScratch(bytes, paragraphs: result.paragraphs)
            scratch.withUnsafeBufferPointer { scratchBytes in
                tokenize(original: bytes, scratch: scratchBytes, into: &result)
                splitSentences(original: bytes, scratch: scratchBytes, into: &result)
            }
        }
        return result
    }

    /// A copy of the text in which line breaks inside a paragraph are spaces, so ICU sees a
    /// hard-wrapped paragraph as running text and still breaks at paragraph ends.
    func prepareScratch(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Paragraph]) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes)
        scratch.withUnsafeMutableBufferPointer { scratch in
            for paragraph in paragraphs {
                var index = paragraph.range.lowerBound
                while index < paragraph.range.upperBound {
                    if scratch[index] == 0x0A { scratch[index] = 0x20 }
                    index += 1
                }
            }
        }
    }

    // MARK: Sentences

    func splitSentences(original bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeBufferPointer<UInt8>,
                        into result: inout Segmentation) {
        var candidates: [Int] = []
        candidates.reserveCapacity(bytes.count / 80 + 4)
        sentenceBreaker.forEachBoundary(in: scratch) { boundary, _ in candidates.append(boundary) }

        var sentences: [Sentence] = []
        sentences.reserveCapacity(candidates.count + result.paragraphs.count)
        var candidateIndex = 0
        var tokenIndex = 0
        let tokenStarts = result.tokens.starts
        for paragraphIndex in result.paragraphs.indices {
            let paragraph = result.paragraphs[paragraphIndex].range
            boundaries.removeAll(keepingCapacity: true)
            while candidateIndex < candidates.count && candidates[candidateIndex] <= paragraph.lowerBound { candidateIndex += 1 }
            while candidateIndex < candidates.count && candidates[candidateIndex] < paragraph.upperBound {
                let boundary = candidates[candidateIndex]
                if !rules.suppresses(boundary: boundary, in: bytes, paragraph: paragraph, fold: &foldBuffer) {
                    boundaries.append(boundary)
                }
                candidateIndex += 1
            }
            let icuCount = boundaries.count
            rules.dashBoundaries(in: bytes, paragraph: paragraph, into: &boundaries)
            if boundaries.count > icuCount { boundaries.sort() }
            boundaries.append(paragraph.upperBound)

            let firstSentence = sentences.count
            var start = paragraph.lowerBound
            for boundary in boundaries where boundary > start {
                let trimmed = trim(bytes, start..<boundary)
                start = boundary
                guard !trimmed.isEmpty else { continue }
                while tokenIndex < tokenStarts.count && Int(tokenStarts[tokenIndex]) < trimmed.lowerBound { tokenIndex += 1 }
                let firstToken = tokenIndex
                while tokenIndex < tokenStarts.count && Int(tokenStarts[tokenIndex]) < trimmed.upperBound { tokenIndex += 1 }
                sentences.append(Sentence(range: trimmed, paragraph: paragraphIndex, tokens: firstToken..<tokenIndex))
            }
            result.paragraphs[paragraphIndex].sentences = firstSentence..<sentences.count
        }
        result.sentences = sentences
    }

    func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: start)
            if !UTF8Scan.isSpace(scalar) { break }
            start += length
        }
        while end > start {
            let previous = UTF8Scan.previousStart(bytes, before: end)
            if !UTF8Scan.isSpace(UTF8Scan.scalar(bytes, at: previous).value) { break }
            end = previous
        }
        return start..<end
    }

    // MARK: Tokens

    /// A word or number not yet committed, because a glued hyphen may extend it.
    struct PendingToken {
        var start: Int
        var end: Int
        var kind: TokenKind
        /// Start of a trailing hyphen not yet followed by a word ("NATO-" before "sjefen").
        var openHyphen: Int?
    }

    func tokenize(original bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeBufferPointer<UInt8>,
                  into result: inout Segmentation) {
        var tokens = TokenTable()
        tokens.reserve(bytes.count / 5 + 16)
        var forms = FormTable()
        var pending: PendingToken?
        var segmentStart = 0
        var skipUntil = 0
        var atChunkStart = true

        func commit(_ start: Int, _ end: Int, _ kind: TokenKind) {
            CaseFolding.fold(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &foldBuffer)
            let form = foldBuffer.withUnsafeBufferPointer { forms.intern($0) }
            tokens.append(start: start, end: end, kind: kind, form: form)
        }
        func commitPending(keepingHyphen: Bool) {
            guard let token = pending else { return }
            pending = nil
            if let hyphen = token.openHyphen, !keepingHyphen {
                commit(token.start, hyphen, token.kind)
                commit(hyphen, token.end, .punctuation)
            } else {
                commit(token.start, token.end, token.kind)
            }
        }

        wordBreaker.forEachBoundary(in: scratch) { end, status in
            let start = segmentStart
            segmentStart = end
            if end <= skipUntil { return }
            let (first, firstLength) = UTF8Scan.scalar(bytes, at: start)
            if UTF8Scan.isSpace(first) {
                // "Sverdlovsk- og Perm-regionene": a hyphen before a space stays on its word.
                commitPending(keepingHyphen: true)
                atChunkStart = true
                return
            }
            if atChunkStart {
                atChunkStart = false
                if let (linkEnd, kind) = LinkDetector.link(in: bytes, at: start) {
                    commitPending(keepingHyphen: false)
                    commit(start, linkEnd, kind)
                    skipUntil = linkEnd
                    return
                }
            }
            let kind: TokenKind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default: kind = TokenClass.kind(of: first)
            }
            if kind == .word || kind == .number {
                if var token = pending {
                    if token.openHyphen != nil && token.end == start {
                        token.end = end
                        token.openHyphen = nil
                        if kind == .word { token.kind = .word }
                        pending = token
                        return
                    }
                    commitPending(keepingHyphen: false)
                }
                pending = PendingToken(start: start, end: end, kind: kind, openHyphen: nil)
                return
            }
            if var token = pending, token.openHyphen == nil, token.end == start,
               end == start + firstLength, first == 0x2D || first == 0x2010 || first == 0x2011 {
                token.openHyphen = start
                token.end = end
                pending = token
                return
            }
            commitPending(keepingHyphen: false)
            commit(start, end, kind)
        }
        commitPending(keepingHyphen: true)
        result.tokens = tokens
        result.forms = forms
    }

    // MARK: Benchmark baseline

    /// Raw ICU sentence and word iteration over `text`, with no corrections and no tokens: the
    /// baseline that `stance bench segment` compares ``segment(_:)`` with.
    public func rawICUIteration(_ text: Text) -> (sentences: Int, words: Int, statusSum: Int) {
        text.utf8.withUnsafeBufferPointer { bytes in
            let sentences = sentenceBreaker.countBoundaries(in: bytes)
            let words = wordBreaker.countBoundaries(in: bytes)
            return (sentences.count, words.count, sentences.statusSum + words.statusSum)
        }
    }
}

/// Punctuation or symbol for tokens ICU gives no word status.
enum TokenClass {
    static func kind(of scalar: UInt32) -> TokenKind {
        if scalar < 0x80 {
            switch scalar {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return .punctuation
            default:
                return .symbol
            }
        }
        switch ICUCharacter.category(scalar) {
        case 19...23, 29, 30: return .punctuation // Pd Ps Pe Pc Po Pi Pf
        case _ where scalar == 0x2212: return .punctuation // minus sign used as a quote dash
        default: return .symbol
        }
    }
}
