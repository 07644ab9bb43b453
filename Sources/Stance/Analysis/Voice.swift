import Lexicon

/// Who speaks each token: index 0 is the narrator (the outlet's own voice); quoted speakers
/// follow. Tokens of captions are nobody's by default (``Voice/nobody``): they are the picture
/// desk's words, not the article's narration.
public struct Voice: Sendable {
    /// How the words of a token are reported.
    public enum Mode: UInt8, Sendable, Hashable {
        case narration = 0, direct = 1, indirect = 2
        public var name: String {
            switch self {
            case .narration: "narration"
            case .direct: "direct"
            case .indirect: "indirect"
            }
        }
    }

    public static let nobody: Int32 = -1
    public static let narrator: Int32 = 0

    /// Speakers; `speakers[0]` is the narrator.
    public var speakers: [SpeakerInfo]
    /// Speaker index per token (``nobody`` for captions).
    public var tokenSpeaker: ContiguousArray<Int32>
    /// Mode per token.
    public var tokenMode: ContiguousArray<Mode>
    /// Quote index per token (-1 outside quotes).
    public var tokenQuote: ContiguousArray<Int32>

    /// Everything is narration (captions excluded unless `includeCaptions`).
    public init(segmentation: Segmentation, includeCaptions: Bool = false) {
        speakers = [SpeakerInfo.narrator]
        let count = segmentation.tokens.count
        tokenSpeaker = ContiguousArray(repeating: Voice.narrator, count: count)
        tokenMode = ContiguousArray(repeating: .narration, count: count)
        tokenQuote = ContiguousArray(repeating: -1, count: count)
        if !includeCaptions {
            for paragraph in segmentation.paragraphs where paragraph.kind == .caption {
                for sentence in paragraph.sentences {
                    for token in segmentation.sentences[sentence].tokens { tokenSpeaker[token] = Voice.nobody }
                }
            }
        }
    }

    /// The speaker of the token covering byte `offset`'s sentence position, by token index.
    public func speaker(ofToken token: Int) -> Int32 { token < tokenSpeaker.count ? tokenSpeaker[token] : Voice.nobody }

    /// The speaker of a span: the voice of most of its tokens (ties: the first).
    public func speaker(ofTokens tokens: Range<Int>) -> Int32 {
        guard !tokens.isEmpty else { return Voice.nobody }
        // Most spans (one word, or words of one voice) have a single speaker: no counting needed.
        let first = tokenSpeaker[tokens.lowerBound]
        if tokens.dropFirst().allSatisfy({ tokenSpeaker[$0] == first }) { return first }
        var counts: [Int32: Int] = [:]
        var best = tokenSpeaker[tokens.lowerBound], bestCount = 0
        for token in tokens {
            let speaker = tokenSpeaker[token]
            counts[speaker, default: 0] += 1
            if counts[speaker]! > bestCount { best = speaker; bestCount = counts[speaker]! }
        }
        return best
    }
}

/// What output says about a speaker.
public struct SpeakerInfo: Sendable, Hashable {
    public var name: String
    /// Contract type: expert, official, soldier, relative, civilian, organisation, journalist,
    /// narrator, unknown.
    public var type: String
    public var role: String
    public var isGroup: Bool

    public init(name: String, type: String, role: String = "", isGroup: Bool = false) {
        self.name = name
        self.type = type
        self.role = role
        self.isGroup = isGroup
    }

    public static let narrator = SpeakerInfo(name: "narrator", type: "narrator")
}
