/// One counted occurrence of a scoring entry in a document: where it is, which entry, its base and
/// final weight, and the trace of the rules that turned one into the other.
///
/// Spans are offsets, never copied text: `tokens` index ``Segmentation/tokens``, `bytes` are
/// UTF-8 offsets into ``Segmentation/text`` (use ``Text/scalarOffset(ofByte:)`` for output and
/// ``Text/string(_:)`` for the matched words). A hit spans from the first to the last token its
/// pattern matched, gaps included ("sendt frem som kjøtt" for `sende … som kjøtt`).
public struct Hit: Sendable, Hashable {
    /// Index into ``Segmentation/sentences``.
    public var sentence: Int
    /// Token range of the match (gaps included).
    public var tokens: Range<Int>
    /// UTF-8 byte range of the matched text: from the first token's start to the last token's end.
    public var bytes: Range<Int>
    /// Index into ``LexiconSet/entries`` of the matcher that produced the hit.
    public var entry: Int
    /// The entry's signed weight: polarity sign × weight (0 for neutral entries).
    public var baseWeight: Double
    /// The weight after every rule of ``trace``: what scoring adds up.
    public var weight: Double
    /// A negator has scope over the hit. In the `sentiment` layer the weight flipped sign and was
    /// damped; in every other layer (grievance, appeal, risk, frame …) the weight is 0.
    public var negated: Bool
    /// An intensifier multiplied the weight.
    public var intensified: Bool
    /// The rules applied, in order.
    public var trace: [HitStep]

    public init(sentence: Int, tokens: Range<Int>, bytes: Range<Int>, entry: Int, baseWeight: Double,
                weight: Double, negated: Bool = false, intensified: Bool = false, trace: [HitStep] = []) {
        self.sentence = sentence
        self.tokens = tokens
        self.bytes = bytes
        self.entry = entry
        self.baseWeight = baseWeight
        self.weight = weight
        self.negated = negated
        self.intensified = intensified
        self.trace = trace
    }

    /// The matched text, for output.
    public func matched(in text: Text) -> String { text.string(bytes) }

    /// The Unicode scalar range of the match (the contract's `start`, `end`).
    public func scalarRange(in text: Text) -> Range<Int> {
        text.scalarOffset(ofByte: bytes.lowerBound)..<text.scalarOffset(ofByte: bytes.upperBound)
    }
}

/// One rule applied to a ``Hit``. Token ranges index ``Segmentation/tokens``; `factor` is what
/// the weight was multiplied by.
public enum HitStep: Sendable, Hashable {
    /// The entry's context condition was met by the pattern matched at these tokens.
    case context(matched: Range<Int>)
    /// A negator at these tokens has scope over the hit (`factor` 0 outside the sentiment layer).
    case negated(by: Range<Int>, factor: Double)
    /// An intensifier before the hit ("svært dårlig").
    case intensified(by: Range<Int>, factor: Double)
    /// A dampener before the hit ("litt bekymret").
    case dampened(by: Range<Int>, factor: Double)
    /// A contrast marker: the hit is in the clause after it, before it, or in a conceded clause.
    case contrast(ContrastSide, by: Range<Int>, factor: Double)

    /// Where a hit stands relative to a contrast marker.
    public enum ContrastSide: String, Sendable, Hashable {
        /// After an adversative ("men", "likevel"): weighs more.
        case after
        /// Before an adversative in the same sentence: weighs less.
        case before
        /// Inside a concessive clause ("selv om", "til tross for"): weighs less.
        case concessive
    }

    /// The rule's name, for JSON output: `context`, `negated`, `intensified`, `dampened`, `contrast_after` …
    public var name: String {
        switch self {
        case .context: "context"
        case .negated: "negated"
        case .intensified: "intensified"
        case .dampened: "dampened"
        case .contrast(let side, _, _): "contrast_\(side.rawValue)"
        }
    }

    /// The tokens that triggered the rule.
    public var tokens: Range<Int> {
        switch self {
        case .context(let tokens), .negated(let tokens, _), .intensified(let tokens, _), .dampened(let tokens, _),
             .contrast(_, let tokens, _):
            tokens
        }
    }

    /// The multiplier, or nil for a condition.
    public var factor: Double? {
        switch self {
        case .context: nil
        case .negated(_, let factor), .intensified(_, let factor), .dampened(_, let factor), .contrast(_, _, let factor):
            factor
        }
    }

    /// A sentence a person reads: `negated by "ikke" (× -0.5)`.
    public func text(in segmentation: Segmentation) -> String {
        let range = tokens
        let words = range.isEmpty ? "" : segmentation.string(Int(segmentation.tokens.starts[range.lowerBound])..<Int(segmentation.tokens.ends[range.upperBound - 1]))
        let times = factor.map { " (× \(HitStep.format($0)))" } ?? ""
        switch self {
        case .context: return "context \"\(words)\" found"
        case .negated(_, let factor) where factor == 0: return "negated by \"\(words)\": kept, weight 0"
        case .negated: return "negated by \"\(words)\"\(times)"
        case .intensified: return "intensified by \"\(words)\"\(times)"
        case .dampened: return "dampened by \"\(words)\"\(times)"
        case .contrast(.after, _, _): return "after contrast \"\(words)\"\(times)"
        case .contrast(.before, _, _): return "before contrast \"\(words)\"\(times)"
        case .contrast(.concessive, _, _): return "conceded by \"\(words)\"\(times)"
        }
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e9 { return String(Int(rounded)) }
        return String(rounded)
    }
}

/// A candidate match that did not become a ``Hit``, and why: what `stance explain --rejected`
/// shows when a user asks why a word did not count.
public struct RejectedHit: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// One of the entry's `exclude` patterns matched at these tokens.
        case excluded(by: Range<Int>)
        /// The entry has `context` patterns and none matched near the hit.
        case noContext
        /// A longer (or earlier, or earlier-loaded) match of the same layer took these tokens.
        case overlapped(byEntry: Int, tokens: Range<Int>)
        /// The words are an intensifier or dampener of the next hit ("helt uakseptabelt").
        case modifierOfHit(tokens: Range<Int>)
        /// The words are part of a negator, a contrast marker or a multiword modifier ("heller ikke").
        case partOfModifier(tokens: Range<Int>)
    }

    public var sentence: Int
    public var tokens: Range<Int>
    public var entry: Int
    public var reason: Reason

    /// A sentence a person reads.
    public func text(in segmentation: Segmentation, lexicon: LexiconSet) -> String {
        func words(_ range: Range<Int>) -> String {
            segmentation.string(Int(segmentation.tokens.starts[range.lowerBound])..<Int(segmentation.tokens.ends[range.upperBound - 1]))
        }
        switch reason {
        case .excluded(let by): return "excluded by \"\(words(by))\""
        case .noContext: return "no context word nearby"
        case .overlapped(let entry, let tokens):
            return "overlapped by \"\(words(tokens))\" (\(lexicon.entries[entry].pattern.source) @ \(lexicon.entries[entry].origin))"
        case .modifierOfHit(let tokens): return "modifies the hit \"\(words(tokens))\""
        case .partOfModifier(let tokens): return "part of the modifier \"\(words(tokens))\""
        }
    }
}
