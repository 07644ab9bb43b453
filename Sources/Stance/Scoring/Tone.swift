import Lexicon

/// Sentiment of a bounded stretch of text (a sentence, or one speaker's part of it), from the
/// final weights of its `sentiment` hits.
///
/// - `pos`: sum of positive weights; `neg`: sum of the magnitudes of negative weights.
/// - `tone = (pos − neg) / (pos + neg + 1)`, in (−1, 1). The +1 keeps one weak word from reading
///   as certainty ("bra", weight 1, gives 0.5; "katastrofal", 4, gives 0.8). It is computed per
///   sentence only, so it cannot grow with article length; aggregates are means of sentence tones
///   with their count, never sums.
/// - `polarity`: `neutral` without sentiment hits; `mixed` when both sides are present and the
///   weaker is at least half the stronger; else the sign of `tone`.
public struct Tone: Sendable, Hashable {
    public var pos: Double = 0
    public var neg: Double = 0
    public var hits = 0

    public init() {}

    public mutating func add(weight: Double) {
        hits += 1
        if weight > 0 { pos += weight } else if weight < 0 { neg -= weight }
    }

    public var tone: Double { (pos - neg) / (pos + neg + 1) }

    public enum Polarity: String, Sendable, Hashable { case positive, negative, neutral, mixed }

    public var polarity: Polarity {
        if pos == 0 && neg == 0 { return .neutral }
        if pos > 0 && neg > 0 && min(pos, neg) >= 0.5 * max(pos, neg) { return .mixed }
        return pos > neg ? .positive : (neg > pos ? .negative : .neutral)
    }
}

/// A mean of tones with its count (the denominator users need to judge it).
public struct ToneMean: Sendable, Hashable {
    public var sum = 0.0
    public var count = 0
    public init() {}
    public mutating func add(_ tone: Double) {
        sum += tone
        count += 1
    }
    /// The mean, or nil for no sentences.
    public var mean: Double? { count == 0 ? nil : sum / Double(count) }
}
