/// One worker's matching state: a ``Segmenter`` and an ``AtomCache`` for a shared ``Matcher``.
/// Not thread-safe (both hold scratch state): make one per worker; ``analyse(_:)`` is a pure
/// function of the text and the lexicon.
public final class LexiconSession {
    public let matcher: Matcher
    public let segmenter: Segmenter
    public let atomCache: AtomCache

    public convenience init(matcher: Matcher) throws(SegmenterError) {
        self.init(matcher: matcher, segmenter: try Segmenter())
    }

    /// A session with an empty word-type cache around an existing segmenter (which must not be
    /// used by another thread at the same time).
    public init(matcher: Matcher, segmenter: Segmenter) {
        self.matcher = matcher
        self.segmenter = segmenter
        self.atomCache = AtomCache(matcher: matcher)
    }

    /// Segments `text`, classifies its word forms and finds the hits of the scoring entries.
    ///
    /// - Complexity: O(n) in the length of the text (see ``Matcher/hits(in:atoms:)``).
    public func analyse(_ text: Text) -> LexicalAnalysis {
        let segmentation = segmenter.segment(text)
        let atoms = atomCache.atoms(for: segmentation)
        let hits = matcher.hits(in: segmentation, atoms: atoms)
        return LexicalAnalysis(segmentation: segmentation, atoms: atoms, hits: hits)
    }

    /// ``analyse(_:)``, and the candidates that did not become hits (for `stance explain`).
    public func analyseWithRejections(_ text: Text) -> (analysis: LexicalAnalysis, rejected: [RejectedHit]) {
        let segmentation = segmenter.segment(text)
        let atoms = atomCache.atoms(for: segmentation)
        var rejected: [RejectedHit] = []
        let hits = matcher.hits(in: segmentation, atoms: atoms, rejected: &rejected)
        return (LexicalAnalysis(segmentation: segmentation, atoms: atoms, hits: hits), rejected)
    }
}

/// What the lexicon stage adds to a document: its segmentation, the lexicon atoms of its tokens
/// (for later stages that match cues, roles and targets) and the hits of the scoring entries.
public struct LexicalAnalysis: Sendable {
    public let segmentation: Segmentation
    public let atoms: DocumentAtoms
    /// In document order (see ``Matcher/hits(in:atoms:)``).
    public let hits: [Hit]

    public init(segmentation: Segmentation, atoms: DocumentAtoms, hits: [Hit]) {
        self.segmentation = segmentation
        self.atoms = atoms
        self.hits = hits
    }

    /// The hits of sentence `index` (hits are sorted by sentence).
    public func hits(inSentence index: Int) -> ArraySlice<Hit> {
        var low = 0, high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].sentence < index { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < hits.count && hits[end].sentence == index { end += 1 }
        return hits[low..<end]
    }
}
