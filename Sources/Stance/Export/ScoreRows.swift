import Foundation
import Lexicon

/// The output levels of `stance score --by …`, each one row type (see spec/contract.md).
public enum ScoreLevel: String, Sendable, CaseIterable {
    case article, speaker, quote, sentence, hit, stance
}

/// Builds the rows of each level from an ``Analysis``. Column order is fixed per level and per
/// lexicon (categories and targets sorted), so CSV headers never change between documents.
public struct ScoreRows: Sendable {
    /// Category ids of the lexicon, sorted.
    public let categories: [String]
    /// Target ids of the lexicon, sorted.
    public let targets: [String]
    public let lexiconVersion: String

    public init(lexicon: LexiconSet) {
        categories = lexicon.categories
        targets = Array(Set(lexicon.targets.map(\.target))).sorted()
        lexiconVersion = lexicon.version
    }

    /// Speaker types of the contract, for voice-share columns.
    public static let speakerTypes = ["narrator", "expert", "official", "soldier", "relative", "civilian", "organisation", "journalist", "unknown"]

    func base(_ analysis: Analysis) -> OutputRow {
        var row = OutputRow()
        row["doc"] = .string(analysis.document.id)
        row["outlet"] = .string(analysis.document.metadata.outlet)
        row["date"] = .string(analysis.document.metadata.date)
        return row
    }

    func scalar(_ analysis: Analysis, _ byte: Int) -> JSONValue { .int(analysis.segmentation.text.scalarOffset(ofByte: byte)) }

    func speakerFields(_ row: inout OutputRow, _ analysis: Analysis, _ speaker: Int32) {
        let info = speaker >= 0 ? analysis.voice.speakers[Int(speaker)] : SpeakerInfo(name: "", type: "caption")
        row["speaker"] = .string(info.name)
        row["speaker_type"] = .string(info.type)
    }

    static func rounded(_ value: Double) -> JSONValue { .double((value * 10_000).rounded() / 10_000) }

    // MARK: Levels

    public func rows(_ level: ScoreLevel, _ analysis: Analysis) -> [OutputRow] {
        switch level {
        case .hit: hitRows(analysis)
        case .sentence: sentenceRows(analysis)
        case .quote: quoteRows(analysis)
        case .speaker: speakerRows(analysis)
        case .article: [articleRow(analysis)]
        case .stance: stanceRows(analysis)
        }
    }

    public func hitRows(_ analysis: Analysis, onlyCounted: Bool = false) -> [OutputRow] {
        let segmentation = analysis.segmentation
        return analysis.hits.indices.compactMap { index in
            if onlyCounted && !analysis.counts(index) { return nil }
            let hit = analysis.hits[index]
            var row = base(analysis)
            let sentence = segmentation.sentences[hit.sentence]
            row["paragraph"] = .int(sentence.paragraph)
            row["sentence"] = .int(hit.sentence)
            row["start"] = scalar(analysis, hit.bytes.lowerBound)
            row["end"] = scalar(analysis, hit.bytes.upperBound)
            row["matched"] = .string(hit.matched(in: segmentation.text))
            row["entry"] = .string(analysis.entryPatterns[index])
            row["category"] = .string(analysis.hitCategories[index])
            row["polarity"] = .string(hit.weight > 0 ? "positive" : hit.weight < 0 ? "negative" : "neutral")
            row["weight"] = ScoreRows.rounded(hit.weight)
            row["base_weight"] = ScoreRows.rounded(hit.baseWeight)
            row["negated"] = .bool(hit.negated)
            row["intensified"] = .bool(hit.intensified)
            row["counted"] = .bool(analysis.counts(index))
            let speaker = analysis.voice.speaker(ofTokens: hit.tokens)
            speakerFields(&row, analysis, speaker)
            row["mode"] = .string(analysis.voice.tokenMode[hit.tokens.lowerBound].name)
            row["trace"] = .string(hit.trace.map { $0.text(in: segmentation) }.joined(separator: "; "))
            row["lexicon_version"] = .string(lexiconVersion)
            return row
        }
    }

    public func sentenceRows(_ analysis: Analysis) -> [OutputRow] {
        let tones = Profiles.sentenceTones(analysis)
        return analysis.segmentation.sentences.enumerated().map { index, sentence in
            var row = OutputRow()
            row["doc"] = .string(analysis.document.id)
            row["paragraph"] = .int(sentence.paragraph)
            row["sentence"] = .int(index)
            row["start"] = scalar(analysis, sentence.range.lowerBound)
            row["end"] = scalar(analysis, sentence.range.upperBound)
            speakerFields(&row, analysis, analysis.voice.speaker(ofTokens: sentence.tokens))
            row["tone"] = ScoreRows.rounded(tones[index].tone)
            row["polarity"] = .string(tones[index].polarity.rawValue)
            row["pos"] = ScoreRows.rounded(tones[index].pos)
            row["neg"] = ScoreRows.rounded(tones[index].neg)
            row["outlet"] = .string(analysis.document.metadata.outlet)
            row["date"] = .string(analysis.document.metadata.date)
            row["text"] = .string(analysis.segmentation.string(sentence.range))
            row["lexicon_version"] = .string(lexiconVersion)
            return row
        }
    }

    public func quoteRows(_ analysis: Analysis) -> [OutputRow] {
        analysis.quotes.enumerated().map { index, quote in
            var row = base(analysis)
            row["paragraph"] = .int(quote.paragraph)
            row["start"] = scalar(analysis, quote.bytes.lowerBound)
            row["end"] = scalar(analysis, quote.bytes.upperBound)
            speakerFields(&row, analysis, quote.speaker)
            row["role"] = .string(quote.speaker >= 0 ? analysis.voice.speakers[Int(quote.speaker)].role : "")
            row["mode"] = .string(quote.mode.name)
            var tone = Tone()
            var counts: [String: Int] = [:]
            for (hitIndex, hit) in analysis.hits.enumerated() where analysis.counts(hitIndex)
                && hit.bytes.lowerBound >= quote.bytes.lowerBound && hit.bytes.upperBound <= quote.bytes.upperBound {
                if analysis.hitLayers[hitIndex] == "sentiment" { tone.add(weight: hit.weight) } else {
                    counts[analysis.hitCategories[hitIndex], default: 0] += 1
                }
            }
            row["tone"] = ScoreRows.rounded(tone.tone)
            row["pos"] = ScoreRows.rounded(tone.pos)
            row["neg"] = ScoreRows.rounded(tone.neg)
            row["categories"] = .string(counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ";"))
            row["text"] = .string(analysis.segmentation.string(quote.bytes))
            row["lexicon_version"] = .string(lexiconVersion)
            _ = index
            return row
        }
    }

    public func speakerRows(_ analysis: Analysis) -> [OutputRow] {
        let profiles = Profiles.speakers(analysis)
        return profiles.compactMap { profile in
            guard profile.tokens > 0 || profile.quotes > 0 else { return nil }
            var row = base(analysis)
            row["speaker"] = .string(profile.info.name)
            row["speaker_type"] = .string(profile.info.type)
            row["role"] = .string(profile.info.role)
            row["tokens"] = .int(profile.tokens)
            row["quotes"] = .int(profile.quotes)
            row["tone"] = profile.tone.mean.map(ScoreRows.rounded) ?? .null
            row["tone_n"] = .int(profile.tone.count)
            // Compact summaries for tables and quick reading: "expendability:2 illegality:1".
            row["grievances"] = .string(categories.filter { $0.hasPrefix("grievance.") && (profile.hits[$0] ?? 0) > 0 }
                .map { "\($0.dropFirst("grievance.".count)):\(profile.hits[$0]!)" }.joined(separator: " "))
            row["stance"] = .string(profile.targets.keys.sorted().compactMap { target -> String? in
                let stance = profile.targets[target]!
                guard !stance.kind.isEmpty, stance.kind != "neutral" else { return nil }
                return "\(target.replacingOccurrences(of: "target.", with: "")):\(stance.kind)"
            }.joined(separator: " "))
            for category in categories {
                row["\(category)_hits"] = .int(profile.hits[category] ?? 0)
                row["\(category)_per_1k"] = ScoreRows.rounded(profile.perThousand(category))
            }
            for category in categories where category.hasPrefix("grievance.") {
                let evidence = profile.strongest[category].map { analysis.hits[$0] }
                row["\(category)_evidence"] = .string(evidence.map { $0.matched(in: analysis.segmentation.text) } ?? "")
            }
            for target in targets {
                let stance = profile.targets[target] ?? TargetStance()
                row["\(target)_mentions"] = .int(stance.mentions)
                row["\(target)_stance"] = stance.mentions == 0 ? .null : ScoreRows.rounded(stance.net)
                row["\(target)_kind"] = .string(stance.kind)
            }
            row["lexicon_version"] = .string(lexiconVersion)
            return row
        }
    }

    public func stanceRows(_ analysis: Analysis) -> [OutputRow] {
        let profiles = Profiles.speakers(analysis)
        var rows: [OutputRow] = []
        for profile in profiles {
            for target in profile.targets.keys.sorted() {
                let stance = profile.targets[target]!
                var row = base(analysis)
                row["speaker"] = .string(profile.info.name)
                row["speaker_type"] = .string(profile.info.type)
                row["target"] = .string(target)
                row["mentions"] = .int(stance.mentions)
                row["evaluations"] = .int(stance.evaluations)
                row["appeals"] = .int(stance.appeals)
                row["stance"] = ScoreRows.rounded(stance.net)
                row["kind"] = .string(stance.kind)
                let evidence = stance.evidence.map { analysis.hits[$0] }
                row["evidence"] = .string(evidence.map { $0.matched(in: analysis.segmentation.text) } ?? "")
                row["evidence_start"] = evidence.map { scalar(analysis, $0.bytes.lowerBound) } ?? .null
                row["evidence_end"] = evidence.map { scalar(analysis, $0.bytes.upperBound) } ?? .null
                row["lexicon_version"] = .string(lexiconVersion)
                rows.append(row)
            }
        }
        return rows
    }

    public func articleRow(_ analysis: Analysis) -> OutputRow {
        let profiles = Profiles.speakers(analysis)
        let article = Profiles.article(analysis, speakers: profiles)
        var row = base(analysis)
        row["title"] = .string(analysis.document.metadata.title)
        row["tokens"] = .int(article.tokens)
        row["sentences"] = .int(article.sentences)
        row["quotes"] = .int(article.quotes)
        row["speakers"] = .int(article.speakers)
        row["tone"] = article.tone.mean.map(ScoreRows.rounded) ?? .null
        row["tone_n"] = .int(article.tone.count)
        row["share_sentences_with_hit"] = ScoreRows.rounded(article.sentences == 0 ? 0 : Double(article.sentencesWithHit) / Double(article.sentences))
        for category in categories {
            row["\(category)_hits"] = .int(article.hits[category] ?? 0)
            row["\(category)_per_1k"] = ScoreRows.rounded(article.perThousand(category))
        }
        let voiced = ScoreRows.speakerTypes.reduce(0) { $0 + (article.voiceTokens[$1] ?? 0) }
        for type in ScoreRows.speakerTypes {
            row["voice_\(type)_share"] = ScoreRows.rounded(voiced == 0 ? 0 : Double(article.voiceTokens[type] ?? 0) / Double(voiced))
        }
        row["lexicon_version"] = .string(lexiconVersion)
        return row
    }
}
