import Lexicon

/// How one speaker stands toward one target.
///
/// Scope: the sentence of each mention, in the speaker's own words, plus the next sentence of the
/// same speaker when it has no target of its own and opens with a pronoun ("… fra Putin. Han har
/// mistet all realisme"). In scope, sentiment hits are evaluations; `appeal.demand` hits make the
/// mention an appeal ("Vi henvender oss til president Putin", "ber ham trekke …").
///
/// `net = Σ weights / (Σ |weights| + 1)`, in (−1, 1). `kind`: `appeal` when the speaker appeals to
/// the target and does not clearly attack it (net > −0.5), else `attack` (net ≤ −0.2), `support`
/// (net ≥ 0.2) or `neutral`.
public struct TargetStance: Sendable, Hashable {
    public var mentions = 0
    public var evaluations = 0
    public var appeals = 0
    public var sum = 0.0
    public var magnitude = 0.0
    /// The strongest evaluation or appeal (a hit index into ``Analysis/hits``).
    public var evidence: Int?
    var evidenceStrength = 0.0

    public init() {}

    public var net: Double { sum / (magnitude + 1) }

    public var kind: String {
        if mentions == 0 { return "" }
        if appeals > 0 && net > -0.5 { return "appeal" }
        if net <= -0.2 { return "attack" }
        if net >= 0.2 { return "support" }
        return "neutral"
    }
}

extension Profiles {
    /// Stance per speaker × target.
    static func targetStances(_ analysis: Analysis) -> [Int32: [String: TargetStance]] {
        let segmentation = analysis.segmentation
        var result: [Int32: [String: TargetStance]] = [:]
        // Most documents mention no target.
        guard !analysis.targets.isEmpty else { return result }
        // Counted hits by sentence, in hit order: sentence `s` has `sentenceHits[hitStarts[s] ..< hitStarts[s + 1]]`.
        let sentenceCount = segmentation.sentences.count
        var hitStarts = [Int](repeating: 0, count: sentenceCount + 1)
        for index in analysis.hits.indices where analysis.hitCounted[index] { hitStarts[analysis.hits[index].sentence + 1] += 1 }
        for sentence in 0..<sentenceCount { hitStarts[sentence + 1] += hitStarts[sentence] }
        var sentenceHits = [Int](repeating: 0, count: hitStarts[sentenceCount])
        var filled = hitStarts
        for index in analysis.hits.indices where analysis.hitCounted[index] {
            let sentence = analysis.hits[index].sentence
            sentenceHits[filled[sentence]] = index
            filled[sentence] += 1
        }
        var hasTarget = [Bool](repeating: false, count: sentenceCount)
        for mention in analysis.targets { hasTarget[mention.sentence] = true }

        for mention in analysis.targets {
            let speaker = analysis.voice.speaker(ofTokens: mention.tokens)
            guard speaker != Voice.nobody else { continue }
            var stance = result[speaker]?[mention.target] ?? TargetStance()
            stance.mentions += 1
            var scope = [mention.sentence]
            let next = mention.sentence + 1
            if next < sentenceCount, !hasTarget[next],
               opensWithPronoun(segmentation, sentence: next),
               analysis.voice.speaker(ofTokens: segmentation.sentences[next].tokens) == speaker {
                scope.append(next)
            }
            for sentence in scope {
                for index in sentenceHits[hitStarts[sentence]..<hitStarts[sentence + 1]] {
                    let hit = analysis.hits[index]
                    guard analysis.voice.speaker(ofTokens: hit.tokens) == speaker else { continue }
                    let layer = analysis.hitLayerKinds[index]
                    if layer == .sentiment {
                        stance.evaluations += 1
                        stance.sum += hit.weight
                        stance.magnitude += abs(hit.weight)
                        if abs(hit.weight) > stance.evidenceStrength { stance.evidence = index; stance.evidenceStrength = abs(hit.weight) }
                    } else if layer == .appeal {
                        stance.appeals += 1
                        if stance.evidence == nil { stance.evidence = index }
                    }
                }
            }
            result[speaker, default: [:]][mention.target] = stance
        }
        return result
    }

    static let pronouns: Set<String> = ["han", "hun", "ham", "henne", "hans", "hennes", "de", "dem", "den", "det"]

    static func opensWithPronoun(_ segmentation: Segmentation, sentence: Int) -> Bool {
        let tokens = segmentation.sentences[sentence].tokens
        for token in tokens.prefix(4) where segmentation.tokens.kinds[token] == .word {
            return pronouns.contains(segmentation.folded(token: token))
        }
        return false
    }
}
