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
            // Scraped text keeps HTML's "&nbsp;": ICU should see the space it stands for.
            var from = 0
            let base = UnsafeBufferPointer(scratch)
            while let index = UTF8Scan.find(0x26, in: base, from..<scratch.count) {
                from = index + 1
                if index + 6 <= scratch.count, scratch[index + 1] == 0x6E, scratch[index + 2] == 0x62, scratch[index + 3] == 0x73,
                   scratch[index + 4] == 0x70, scratch[index + 5] == 0x3B {
                    for offset in 0..<6 { scratch[index + offset] = 0x20 }
                }
            }
            for paragraph in paragraphs {
                var from = paragraph.range.lowerBound
                while let index = UTF8Scan.find(0x0A, in: base, from..<paragraph.range.upperBound) {
                    scratch[index] = 0x20
                    from = index + 1
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
        let tokenEnds = result.tokens.ends
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
            rules.extraBoundaries(in: bytes, paragraph: paragraph, into: &boundaries)
            if boundaries.count > icuCount {
                boundaries.sort()
                var unique: [Int] = []
                for boundary in boundaries where unique.last != boundary { unique.append(boundary) }
                boundaries = unique
            }
            // A sentence never ends inside a token: "https://www.nrk.no/sok?Id=1" stays one URL.
            boundaries.removeAll { Segmenter.isInsideToken($0, starts: tokenStarts, ends: tokenEnds) }
            boundaries.append(paragraph.upperBound)

            let firstSentence = sentences.count
            var start = paragraph.lowerBound
            for boundary in boundaries where boundary > start {
                let trimmed = trim(scratch, start..<boundary)
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

    /// Whether `boundary` falls strictly inside a token (tokens are sorted and do not overlap).
    ///
    /// - Complexity: O(log n) in the number of tokens.
    static func isInsideToken(_ boundary: Int, starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < boundary { low = middle + 1 } else { high = middle }
        }
        return low > 0 && Int(ends[low - 1]) > boundary
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

    func tokenize(original bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeBufferPointer<UInt8>,
                  into result: inout Segmentation) {
        var builder = TokenBuilder(bytes: bytes)
        builder.tokens.reserve(bytes.count / 5 + 16)
        guard wordBreaker.setText(scratch) else { return }
        var segmentStart = 0
        var skipUntil = 0
        var atChunkStart = true
        while true {
            let end = wordBreaker.next()
            if end < 0 { break }
            // A link may end inside an ICU segment ("www.vg.no/x’y"): keep the rest after it.
            let start = max(segmentStart, skipUntil)
            segmentStart = end
            if end <= skipUntil { continue }
            // Read the scratch copy ICU segmented: there "&nbsp;" and line breaks inside a
            // paragraph are spaces, so they are never tokens and never part of a link.
            let firstByte = scratch[start]
            let (first, firstLength) = firstByte < 0x80 ? (UInt32(firstByte), 1) : UTF8Scan.scalar(scratch, at: start)
            if UTF8Scan.isSpace(first) {
                // "Sverdlovsk- og Perm-regionene": a hyphen before a space stays on its word.
                builder.commitPending(keepingHyphen: true)
                atChunkStart = true
                continue
            }
            let status = wordBreaker.ruleStatus
            if atChunkStart {
                // A link may follow an opening quote or bracket: "(se www.nrk.no)", «https://…».
                atChunkStart = UTF8Scan.isOpener(first)
                if LinkDetector.mayStartLink(in: scratch, segment: start..<end),
                   let (linkEnd, kind) = LinkDetector.link(in: scratch, at: start) {
                    builder.commitPending(keepingHyphen: false)
                    builder.commit(start, linkEnd, kind)
                    skipUntil = linkEnd
                    continue
                }
            }
            let kind: TokenKind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default: kind = TokenClass.kind(of: first)
            }
            builder.add(start: start, end: end, kind: kind, first: first, firstLength: firstLength)
        }
        builder.commitPending(keepingHyphen: true)
        result.tokens = builder.tokens
        result.forms = builder.forms
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
        case 19...23, 28, 29: return .punctuation // Pd Ps Pe Pc Po, Pi (28) Pf (29): «, “, ‹
        case _ where scalar == 0x2212: return .punctuation // minus sign used as a quote dash
        default: return .symbol
        }
    }
}
