import Lexicon

/// Builds the ``Voice`` of a document from quote attribution (``QuoteAttribution``): each token
/// gets the speaker of the innermost quote holding it, the narrator outside quotes, nobody in
/// captions (unless captions are included).
enum QuoteVoice {
    static func build(segmentation: Segmentation, atoms: DocumentAtoms, matcher: Matcher,
                      includeCaptions: Bool) -> (Voice, [QuoteSpan], QuoteAnalysis) {
        var voice = Voice(segmentation: segmentation, includeCaptions: includeCaptions)
        let analysis = QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher)
        voice.speakers += analysis.speakers.map {
            SpeakerInfo(name: $0.name, type: $0.type.rawValue, role: $0.role, isGroup: $0.isGroup)
        }
        let starts = segmentation.tokens.starts
        voice.tokenSpeaker = tokenSpeakers(starts, analysis, includeCaptions: includeCaptions)
        // Modes and quote ids: outer quotes first, nested quotes overwrite their stretch.
        let order = analysis.quotes.indices.sorted { depth(analysis.quotes, $0) < depth(analysis.quotes, $1) }
        var spans: [QuoteSpan] = []
        spans.reserveCapacity(analysis.quotes.count)
        for quote in analysis.quotes {
            let range = quote.range
            let tokens = tokenRange(starts, range)
            spans.append(QuoteSpan(bytes: range, tokens: tokens, paragraph: quote.paragraph, speaker: Int32(quote.speaker + 1),
                                   mode: quote.mode == .direct ? .direct : .indirect, cue: quote.cue, confidence: quote.confidence))
        }
        for index in order {
            let quote = analysis.quotes[index]
            for part in quote.parts {
                for token in tokenRange(starts, part) where voice.tokenSpeaker[token] != Voice.nobody {
                    voice.tokenMode[token] = quote.mode == .direct ? .direct : .indirect
                    voice.tokenQuote[token] = Int32(index)
                }
            }
        }
        return (voice, spans, analysis)
    }

    /// ``QuoteAnalysis/speakerOf(_:includeCaptions:)`` of each token's start as a ``Voice``
    /// speaker index. Token starts ascend, and captions and voices are sorted and disjoint (what
    /// `speakerOf`'s binary searches rely on), so one sweep with a cursor into each list gives the
    /// same answers as a search per token.
    static func tokenSpeakers(_ starts: ContiguousArray<Int32>, _ analysis: QuoteAnalysis,
                              includeCaptions: Bool) -> ContiguousArray<Int32> {
        let captions = analysis.captions, voices = analysis.voices
        var result = ContiguousArray<Int32>(repeating: Voice.narrator, count: starts.count)
        var caption = 0, voice = 0
        var previous = Int.min
        for token in starts.indices {
            let offset = Int(starts[token])
            if offset < previous {
                // Not ascending after all: search from the start again.
                caption = 0
                voice = 0
            }
            previous = offset
            // The last caption starting at or before `offset` (`QuoteAnalysis.search`).
            while caption < captions.count, captions[caption].lowerBound <= offset { caption += 1 }
            if caption > 0, captions[caption - 1].contains(offset) {
                result[token] = includeCaptions ? Voice.narrator : Voice.nobody
                continue
            }
            // The first voice ending after `offset`.
            while voice < voices.count, voices[voice].range.upperBound <= offset { voice += 1 }
            if voice < voices.count, voices[voice].range.contains(offset) { result[token] = Int32(voices[voice].speaker + 1) }
        }
        return result
    }

    static func depth(_ quotes: [Quote], _ index: Int) -> Int {
        var depth = 0
        var outer = quotes[index].enclosing
        while let next = outer, depth < 8 { depth += 1; outer = quotes[next].enclosing }
        return depth
    }

    /// Tokens whose start lies in `bytes`.
    static func tokenRange(_ starts: ContiguousArray<Int32>, _ bytes: Range<Int>) -> Range<Int> {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < bytes.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < starts.count, Int(starts[end]) < bytes.upperBound { end += 1 }
        return low..<end
    }
}

extension Voice {
    /// The voice of a segmented document after quote attribution: for tools that have a
    /// segmentation and atoms already (e.g. `stance explain`).
    public static func attributed(_ segmentation: Segmentation, atoms: DocumentAtoms, matcher: Matcher,
                                  includeCaptions: Bool = false) -> Voice {
        QuoteVoice.build(segmentation: segmentation, atoms: atoms, matcher: matcher, includeCaptions: includeCaptions).0
    }
}
