/// Whose words a stretch of text is: a quoted speaker's, or the outlet's own (the narrator).
public enum SpeakerRef: Sendable, Hashable {
    /// The outlet's own words: everything outside quotes (type ``SpeakerType/narrator``).
    case narrator
    /// The words of ``QuoteAnalysis/speakers``[index].
    case speaker(Int)
}

extension QuoteAnalysis {
    /// The voice of the text at byte `offset`: the speaker of the innermost quote whose words
    /// hold it (direct or reported speech), the narrator elsewhere — including attribution
    /// clauses ("sier hun") between the parts of an interrupted quote. In a caption the answer is
    /// nil (captions describe pictures, not the story) unless `includeCaptions` is true, when it is
    /// the narrator.
    ///
    /// - Complexity: O(log quotes).
    public func speakerOf(_ offset: Int, includeCaptions: Bool = false) -> SpeakerRef? {
        if let caption = QuoteAnalysis.search(captions, offset), captions[caption].contains(offset) {
            return includeCaptions ? .narrator : nil
        }
        var low = 0, high = voices.count
        while low < high {
            let middle = (low + high) / 2
            if voices[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        if low < voices.count, voices[low].range.contains(offset) { return .speaker(voices[low].speaker) }
        return .narrator
    }

    /// The speaker record of a voice (``Speaker/narrator`` for the narrator).
    public func speaker(of voice: SpeakerRef) -> Speaker {
        switch voice {
        case .narrator: Speaker.narrator
        case .speaker(let index): speakers[index]
        }
    }

    /// Index of the last range starting at or before `offset` in sorted, disjoint `ranges`.
    static func search(_ ranges: [Range<Int>], _ offset: Int) -> Int? {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Flattens quote parts into disjoint spans; a nested quote cuts a hole in its outer quote.
    static func voiceMap(_ quotes: [Quote]) -> [(range: Range<Int>, speaker: Int)] {
        var spans: [(range: Range<Int>, speaker: Int, depth: Int)] = []
        for quote in quotes {
            var depth = 0
            var outer = quote.enclosing
            while let index = outer, depth < 8 { depth += 1; outer = quotes[index].enclosing }
            for part in quote.parts where !part.isEmpty { spans.append((part, quote.speaker, depth)) }
        }
        guard !spans.isEmpty else { return [] }
        // Boundaries; at each elementary interval the deepest covering span wins.
        var cuts = Set<Int>()
        for span in spans { cuts.insert(span.range.lowerBound); cuts.insert(span.range.upperBound) }
        let points = cuts.sorted()
        var result: [(range: Range<Int>, speaker: Int)] = []
        for index in 0..<(points.count - 1) {
            let piece = points[index]..<points[index + 1]
            var best: (speaker: Int, depth: Int)?
            for span in spans where span.range.lowerBound <= piece.lowerBound && span.range.upperBound >= piece.upperBound {
                if best == nil || span.depth > best!.depth { best = (span.speaker, span.depth) }
            }
            guard let best else { continue }
            if let last = result.last, last.speaker == best.speaker, last.range.upperBound == piece.lowerBound {
                result[result.count - 1].range = last.range.lowerBound..<piece.upperBound
            } else {
                result.append((piece, best.speaker))
            }
        }
        return result
    }
}
