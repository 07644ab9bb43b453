import Lexicon

/// Per-speaker and per-article profiles: pure functions of an ``Analysis``.
///
/// Denominators are explicit: hits per 1,000 of the speaker's (or article's) lexical tokens
/// (words and numbers), share of sentences with a hit, and mean sentence tone with its count.
/// Nothing is a whole-article sum that grows with length.
public enum Profiles {
    /// One speaker of one document.
    public struct Speaker: Sendable {
        public var index: Int32
        public var info: SpeakerInfo
        public var tokens = 0
        public var quotes = 0
        /// Mean tone of this speaker's parts of sentences.
        public var tone = ToneMean()
        /// The category ids ``hitCounts`` and ``strongestHits`` are indexed by (``Analysis/categoryNames``).
        var categoryNames: [String] = []
        /// Counted hits per category index; empty when the speaker has none.
        var hitCounts: [Int] = []
        /// Strongest hit per category index (an index into ``Analysis/hits``, -1 for none);
        /// empty when the speaker has no hits.
        var strongestHits: [Int] = []
        public var targets: [String: TargetStance] = [:]

        init(index: Int32, info: SpeakerInfo, categoryNames: [String]) {
            self.index = index
            self.info = info
            self.categoryNames = categoryNames
        }

        /// Counted hits per category (categories without hits left out).
        public var hits: [String: Int] {
            var hits: [String: Int] = [:]
            for (category, count) in hitCounts.enumerated() where count > 0 { hits[categoryNames[category]] = count }
            return hits
        }

        /// Strongest hit per category (index into ``Analysis/hits``).
        public var strongest: [String: Int] {
            var strongest: [String: Int] = [:]
            for (category, hit) in strongestHits.enumerated() where hit >= 0 { strongest[categoryNames[category]] = hit }
            return strongest
        }

        /// Counted hits of category index `category`.
        func hitCount(_ category: Int) -> Int { hitCounts.isEmpty ? 0 : hitCounts[category] }

        public func perThousand(_ category: String) -> Double {
            perThousand(count: categoryNames.firstIndex(of: category).map(hitCount) ?? 0)
        }

        /// Hits per 1,000 lexical tokens, for `count` hits.
        func perThousand(count: Int) -> Double {
            tokens == 0 ? 0 : Double(count) * 1000 / Double(tokens)
        }
    }

    /// One document.
    public struct Article: Sendable {
        public var tokens = 0
        public var sentences = 0
        public var sentencesWithHit = 0
        public var quotes = 0
        /// Quoted speakers (the narrator not counted).
        public var speakers = 0
        public var tone = ToneMean()
        public var hits: [String: Int] = [:]
        /// Tokens per speaker type ("narrator", "expert" …).
        public var voiceTokens: [String: Int] = [:]

        public func perThousand(_ category: String) -> Double {
            tokens == 0 ? 0 : Double(hits[category] ?? 0) * 1000 / Double(tokens)
        }
    }

    /// The tone of every sentence, and of each speaker's part of it.
    public static func sentenceTones(_ analysis: Analysis) -> [Tone] {
        var tones = [Tone](repeating: Tone(), count: analysis.segmentation.sentences.count)
        for (index, hit) in analysis.hits.enumerated() where analysis.hitLayerKinds[index] == .sentiment && analysis.hitCounted[index] {
            tones[hit.sentence].add(weight: hit.weight)
        }
        return tones
    }

    /// Bit `rawValue` set for the lexical ``TokenKind``s: one shift and mask per token instead of
    /// a call into the Lexicon module.
    static let lexicalKinds: UInt64 = TokenKind.allCases.reduce(0) { $1.isLexical ? $0 | 1 << UInt64($1.rawValue) : $0 }

    /// Adds the lexical tokens of `tokens` to their speakers' `counts`.
    static func countLexical(_ tokens: Range<Int>, _ kinds: ContiguousArray<TokenKind>, _ speakers: ContiguousArray<Int32>,
                             into counts: inout [Int]) {
        for token in tokens where lexicalKinds >> UInt64(kinds[token].rawValue) & 1 != 0 {
            let speaker = speakers[token]
            if speaker >= 0 { counts[Int(speaker)] += 1 }
        }
    }

    public static func speakers(_ analysis: Analysis) -> [Speaker] {
        let segmentation = analysis.segmentation
        let voice = analysis.voice
        let categoryNames = analysis.categoryNames
        var profiles = voice.speakers.enumerated().map { Speaker(index: Int32($0.offset), info: $0.element, categoryNames: categoryNames) }
        let kinds = segmentation.tokens.kinds, tokenSpeaker = voice.tokenSpeaker
        let lexical = lexicalKinds
        var tokenCounts = [Int](repeating: 0, count: profiles.count)
        countLexical(0..<segmentation.tokens.count, kinds, tokenSpeaker, into: &tokenCounts)
        for (speaker, count) in tokenCounts.enumerated() { profiles[speaker].tokens = count }
        for quote in analysis.quotes where quote.speaker >= 0 { profiles[Int(quote.speaker)].quotes += 1 }
        // Tone per (sentence, speaker) part: every part with words counts, with or without hits.
        var sentimentBySentence = [[Int]](repeating: [], count: segmentation.sentences.count)
        for (index, hit) in analysis.hits.enumerated() where analysis.hitLayerKinds[index] == .sentiment && analysis.hitCounted[index] {
            sentimentBySentence[hit.sentence].append(index)
        }
        // A sentence has few speakers: a short list searched linearly, reused across sentences,
        // beats a dictionary per sentence.
        var parts: [(speaker: Int32, tone: Tone)] = []
        func part(_ speaker: Int32) -> Int {
            if let index = parts.firstIndex(where: { $0.speaker == speaker }) { return index }
            parts.append((speaker, Tone()))
            return parts.count - 1
        }
        for (sentenceIndex, sentence) in segmentation.sentences.enumerated() {
            parts.removeAll(keepingCapacity: true)
            var last = Voice.nobody
            for token in sentence.tokens where lexical >> UInt64(kinds[token].rawValue) & 1 != 0 {
                let speaker = tokenSpeaker[token]
                if speaker >= 0, speaker != last { _ = part(speaker); last = speaker }
            }
            for index in sentimentBySentence[sentenceIndex] {
                let speaker = voice.speaker(ofTokens: analysis.hits[index].tokens)
                if speaker >= 0 { parts[part(speaker)].tone.add(weight: analysis.hits[index].weight) }
            }
            parts.sort { $0.speaker < $1.speaker }
            for (speaker, tone) in parts { profiles[Int(speaker)].tone.add(tone.tone) }
        }
        for (index, hit) in analysis.hits.enumerated() where analysis.hitCounted[index] {
            let speaker = voice.speaker(ofTokens: hit.tokens)
            guard speaker >= 0 else { continue }
            let category = Int(analysis.hitCategoryIndices[index])
            let profile = Int(speaker)
            if profiles[profile].hitCounts.isEmpty {
                profiles[profile].hitCounts = [Int](repeating: 0, count: categoryNames.count)
                profiles[profile].strongestHits = [Int](repeating: -1, count: categoryNames.count)
            }
            profiles[profile].hitCounts[category] += 1
            let best = profiles[profile].strongestHits[category]
            if best >= 0, abs(analysis.hits[best].weight) >= abs(hit.weight) { continue }
            profiles[profile].strongestHits[category] = index
        }
        for (speaker, stances) in targetStances(analysis) { profiles[Int(speaker)].targets = stances }
        return profiles
    }

    public static func article(_ analysis: Analysis, speakers: [Speaker]) -> Article {
        var article = Article()
        let segmentation = analysis.segmentation
        article.sentences = segmentation.sentences.count
        article.quotes = analysis.quotes.count
        article.speakers = speakers.filter { $0.index != Voice.narrator && ($0.tokens > 0 || $0.quotes > 0) }.count
        for speaker in speakers { article.voiceTokens[speaker.info.type, default: 0] += speaker.tokens }
        for token in 0..<segmentation.tokens.count where segmentation.tokens.kinds[token].isLexical { article.tokens += 1 }
        for tone in sentenceTones(analysis) { article.tone.add(tone.tone) }
        var sentencesWithHit = Set<Int>()
        for (index, hit) in analysis.hits.enumerated() where analysis.counts(index) {
            article.hits[analysis.hitCategories[index], default: 0] += 1
            sentencesWithHit.insert(hit.sentence)
        }
        article.sentencesWithHit = sentencesWithHit.count
        return article
    }
}

