import Lexicon

/// Everything Stance knows about one document: its segmentation, lexicon hits, quotes and
/// speakers (as a ``Voice`` over tokens) and stance-target mentions. Like spaCy's `Doc`, the one
/// object later stages read; producing it is a pure function of the document and the matcher.
public struct Analysis: Sendable {
    public let document: Document
    public let segmentation: Segmentation
    public let hits: [Hit]
    public let quotes: [QuoteSpan]
    public let voice: Voice
    public let targets: [TargetMention]
    /// Category and layer of each hit's entry ("grievance.expendability", "grievance"), parallel to ``hits``.
    public let hitCategories: [String]
    public let hitLayers: [String]
    /// The pattern of each hit's entry, as written in the lexicon.
    public let entryPatterns: [String]
    /// The lexicon version the hits come from.
    public let lexiconVersion: String
    /// The lexicon's category ids, sorted (``LexiconSet/categories``), and each hit's index into
    /// them, parallel to ``hits``: profiles count by index instead of by String key.
    let categoryNames: [String]
    let hitCategoryIndices: [Int32]
    /// Per hit: its layer as a ``LayerKind`` and ``counts(_:)``, computed once instead of
    /// comparing layer Strings in every loop over the hits.
    let hitLayerKinds: [LayerKind]
    let hitCounted: [Bool]

    /// The layers scoring treats specially.
    enum LayerKind: UInt8, Sendable {
        case other, sentiment, appeal
        init(_ layer: String) { self = layer == "sentiment" ? .sentiment : layer == "appeal" ? .appeal : .other }
    }

    /// Whether a hit counts in totals: negated hits of framing layers (weight 0) do not
    /// ("ingen mangel på våpen" is not a shortage); sentiment hits count with their final weight.
    public func counts(_ index: Int) -> Bool { hitCounted[index] }

    /// ``counts(_:)`` from the hit and its layer.
    static func counts(_ hit: Hit, layer: LayerKind) -> Bool {
        layer == .sentiment ? hit.weight != 0 : !hit.negated
    }
}

/// A quote as scoring sees it: its words, speaker and mode.
public struct QuoteSpan: Sendable, Hashable {
    public var bytes: Range<Int>
    public var tokens: Range<Int>
    public var paragraph: Int
    public var speaker: Int32
    public var mode: Voice.Mode
    public var cue: Range<Int>?
    public var confidence: Double
}

/// A mention of a stance target ("president Putin" → target.putin) in a sentence.
public struct TargetMention: Sendable, Hashable {
    public var target: String
    public var sentence: Int
    public var tokens: Range<Int>
}

/// Produces ``Analysis`` values. One per worker: it owns ICU iterators and a word-type cache.
public final class Analyzer {
    public let matcher: Matcher
    public let includeCaptions: Bool
    let segmenter: Segmenter
    let cache: AtomCache
    let lexiconVersion: String
    /// Per lexicon entry, looked up once instead of per hit.
    let entryCategories: [String]
    let entryLayers: [String]
    let entryPatternTexts: [String]
    let targetIDs: [String]
    /// ``LexiconSet/categories`` and, per entry, the index of its category in it and its layer kind.
    let categoryNames: [String]
    let entryCategoryIndices: [Int32]
    let entryLayerKinds: [Analysis.LayerKind]

    public init(matcher: Matcher, includeCaptions: Bool = false) throws {
        self.matcher = matcher
        self.includeCaptions = includeCaptions
        segmenter = try Segmenter()
        cache = AtomCache(matcher: matcher)
        lexiconVersion = matcher.lexiconVersion
        let entries = matcher.lexicon.entries
        entryCategories = entries.map(\.category)
        entryLayers = entries.map { String($0.layer) }
        entryPatternTexts = entries.map(\.pattern.source)
        targetIDs = matcher.lexicon.targets.map(\.target)
        categoryNames = matcher.lexicon.categories
        let categoryIndex = Dictionary(categoryNames.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        entryCategoryIndices = entries.map { categoryIndex[$0.category]! }
        entryLayerKinds = entryLayers.map(Analysis.LayerKind.init)
    }

    public func analyse(_ document: Document) -> Analysis {
        let segmentation = segmenter.segment(document.text)
        let atoms = cache.atoms(for: segmentation)
        let hits = matcher.hits(in: segmentation, atoms: atoms)
        let (voice, quotes, _) = QuoteVoice.build(segmentation: segmentation, atoms: atoms, matcher: matcher, includeCaptions: includeCaptions)
        var targets: [TargetMention] = []
        for (sentence, match) in matcher.termsBySentence(.target, in: segmentation, atoms: atoms) {
            targets.append(TargetMention(target: targetIDs[match.item], sentence: sentence, tokens: match.tokens))
        }
        let categories = hits.map { entryCategories[$0.entry] }
        let layers = hits.map { entryLayers[$0.entry] }
        let layerKinds = hits.map { entryLayerKinds[$0.entry] }
        let counted = zip(hits, layerKinds).map { Analysis.counts($0, layer: $1) }
        return Analysis(document: document, segmentation: segmentation, hits: hits, quotes: quotes, voice: voice,
                        targets: targets, hitCategories: categories, hitLayers: layers,
                        entryPatterns: hits.map { entryPatternTexts[$0.entry] }, lexiconVersion: lexiconVersion,
                        categoryNames: categoryNames, hitCategoryIndices: hits.map { entryCategoryIndices[$0.entry] },
                        hitLayerKinds: layerKinds, hitCounted: counted)
    }
}
