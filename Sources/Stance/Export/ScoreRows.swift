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
    /// Column names of the per-category and per-target columns of ``speakerRows(_:)``, built
    /// once instead of per row (and, being the same strings in every row, cheap to compare
    /// with the CSV header).
    let categoryColumns: [(hits: String, perThousand: String)]
    let grievanceColumns: [(category: String, evidence: String)]
    let targetColumns: [(target: String, mentions: String, stance: String, kind: String)]
    /// Per grievance column: the index of its category in ``categories`` and the short name of
    /// the `grievances` summary ("expendability").
    let grievanceIndices: [(category: Int, short: String)]
    /// Per target: its name in the `stance` summary ("putin" for "target.putin").
    let targetShortNames: [String]

    public init(lexicon: LexiconSet) {
        categories = lexicon.categories
        targets = Array(Set(lexicon.targets.map(\.target))).sorted()
        lexiconVersion = lexicon.version
        categoryColumns = categories.map { ("\($0)_hits", "\($0)_per_1k") }
        grievanceColumns = categories.filter { $0.hasPrefix("grievance.") }.map { ($0, "\($0)_evidence") }
        targetColumns = targets.map { ($0, "\($0)_mentions", "\($0)_stance", "\($0)_kind") }
        grievanceIndices = categories.enumerated().filter { $0.element.hasPrefix("grievance.") }
            .map { ($0.offset, "\($0.element.dropFirst("grievance.".count))") }
        targetShortNames = targets.map { $0.replacingOccurrences(of: "target.", with: "") }
    }

    /// Speaker types of the contract, for voice-share columns.
    public static let speakerTypes = ["narrator", "expert", "official", "soldier", "relative", "civilian", "organisation", "journalist", "unknown"]

    func base(_ analysis: Analysis) -> OutputRow {
        var row = OutputRow()
        row.append("doc", .string(analysis.document.id))
        row.append("outlet", .string(analysis.document.metadata.outlet))
        row.append("date", .string(analysis.document.metadata.date))
        return row
    }

    func scalar(_ analysis: Analysis, _ byte: Int) -> JSONValue { .int(analysis.segmentation.text.scalarOffset(ofByte: byte)) }

    func speakerFields(_ row: inout OutputRow, _ analysis: Analysis, _ speaker: Int32) {
        let info = speaker >= 0 ? analysis.voice.speakers[Int(speaker)] : SpeakerInfo(name: "", type: "caption")
        row.append("speaker", .string(info.name))
        row.append("speaker_type", .string(info.type))
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
        return analysis.hits.indices.compactMap { index -> OutputRow? in
            if onlyCounted && !analysis.counts(index) { return nil }
            let hit = analysis.hits[index]
            var row = base(analysis)
            let sentence = segmentation.sentences[hit.sentence]
            row.append("paragraph", .int(sentence.paragraph))
            row.append("sentence", .int(hit.sentence))
            row.append("start", scalar(analysis, hit.bytes.lowerBound))
            row.append("end", scalar(analysis, hit.bytes.upperBound))
            row.append("matched", .string(hit.matched(in: segmentation.text)))
            row.append("entry", .string(analysis.entryPatterns[index]))
            row.append("category", .string(analysis.hitCategories[index]))
            row.append("polarity", .string(hit.weight > 0 ? "positive" : hit.weight < 0 ? "negative" : "neutral"))
            row.append("weight", ScoreRows.rounded(hit.weight))
            row.append("base_weight", ScoreRows.rounded(hit.baseWeight))
            row.append("negated", .bool(hit.negated))
            row.append("intensified", .bool(hit.intensified))
            row.append("counted", .bool(analysis.counts(index)))
            let speaker = analysis.voice.speaker(ofTokens: hit.tokens)
            speakerFields(&row, analysis, speaker)
            row.append("mode", .string(analysis.voice.tokenMode[hit.tokens.lowerBound].name))
            row.append("trace", .string(hit.trace.map { $0.text(in: segmentation) }.joined(separator: "; ")))
            row.append("lexicon_version", .string(lexiconVersion))
            return row
        }
    }

    public func sentenceRows(_ analysis: Analysis) -> [OutputRow] {
        let tones = Profiles.sentenceTones(analysis)
        return analysis.segmentation.sentences.enumerated().map { index, sentence in
            var row = OutputRow()
            row.append("doc", .string(analysis.document.id))
            row.append("paragraph", .int(sentence.paragraph))
            row.append("sentence", .int(index))
            row.append("start", scalar(analysis, sentence.range.lowerBound))
            row.append("end", scalar(analysis, sentence.range.upperBound))
            speakerFields(&row, analysis, analysis.voice.speaker(ofTokens: sentence.tokens))
            row.append("tone", ScoreRows.rounded(tones[index].tone))
            row.append("polarity", .string(tones[index].polarity.rawValue))
            row.append("pos", ScoreRows.rounded(tones[index].pos))
            row.append("neg", ScoreRows.rounded(tones[index].neg))
            row.append("outlet", .string(analysis.document.metadata.outlet))
            row.append("date", .string(analysis.document.metadata.date))
            row.append("text", .string(analysis.segmentation.string(sentence.range)))
            row.append("lexicon_version", .string(lexiconVersion))
            return row
        }
    }

    public func quoteRows(_ analysis: Analysis) -> [OutputRow] {
        analysis.quotes.map { quote in
            var row = base(analysis)
            row.append("paragraph", .int(quote.paragraph))
            row.append("start", scalar(analysis, quote.bytes.lowerBound))
            row.append("end", scalar(analysis, quote.bytes.upperBound))
            speakerFields(&row, analysis, quote.speaker)
            row.append("role", .string(quote.speaker >= 0 ? analysis.voice.speakers[Int(quote.speaker)].role : ""))
            row.append("mode", .string(quote.mode.name))
            var tone = Tone()
            var counts: [String: Int] = [:]
            for (hitIndex, hit) in analysis.hits.enumerated() where analysis.counts(hitIndex)
                && hit.bytes.lowerBound >= quote.bytes.lowerBound && hit.bytes.upperBound <= quote.bytes.upperBound {
                if analysis.hitLayerKinds[hitIndex] == .sentiment { tone.add(weight: hit.weight) } else {
                    counts[analysis.hitCategories[hitIndex], default: 0] += 1
                }
            }
            row.append("tone", ScoreRows.rounded(tone.tone))
            row.append("pos", ScoreRows.rounded(tone.pos))
            row.append("neg", ScoreRows.rounded(tone.neg))
            row.append("categories", .string(counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ";")))
            row.append("text", .string(analysis.segmentation.string(quote.bytes)))
            row.append("lexicon_version", .string(lexiconVersion))
            return row
        }
    }

    public func speakerRows(_ analysis: Analysis) -> [OutputRow] {
        let profiles = Profiles.speakers(analysis)
        // Profiles count hits by index into the analysis's categories: the columns' categories
        // unless the analysis comes from another lexicon.
        let byIndex = analysis.categoryNames == categories
        let columnCount = 16 + 2 * categories.count + grievanceColumns.count + 3 * targets.count
        var stances: [TargetStance?] = []
        return profiles.compactMap { profile -> OutputRow? in
            guard profile.tokens > 0 || profile.quotes > 0 else { return nil }
            guard byIndex else { return speakerRowByName(analysis, profile) }
            var row = speakerHead(analysis, profile, capacity: columnCount)
            // Compact summaries for tables and quick reading: "expendability:2 illegality:1".
            var grievances = ""
            if !profile.hitCounts.isEmpty {
                for (category, short) in grievanceIndices where profile.hitCounts[category] > 0 {
                    if !grievances.isEmpty { grievances += " " }
                    grievances += "\(short):\(profile.hitCounts[category])"
                }
            }
            row.append("grievances", .string(grievances))
            // Targets in sorted order, as `targets` is: one lookup per target, for the summary
            // and the columns (most speakers have no targets and skip both).
            stances.removeAll(keepingCapacity: true)
            var summary = ""
            if !profile.targets.isEmpty {
                for (index, columns) in targetColumns.enumerated() {
                    let stance = profile.targets[columns.target]
                    stances.append(stance)
                    guard let stance, !stance.kind.isEmpty, stance.kind != "neutral" else { continue }
                    if !summary.isEmpty { summary += " " }
                    summary += "\(targetShortNames[index]):\(stance.kind)"
                }
                if stances.lazy.filter({ $0 != nil }).count != profile.targets.count {
                    // A target the columns do not know (another lexicon): as by name.
                    return speakerRowByName(analysis, profile)
                }
            }
            row.append("stance", .string(summary))
            for (category, columns) in categoryColumns.enumerated() {
                let count = profile.hitCount(category)
                row.append(columns.hits, .int(count))
                row.append(columns.perThousand, count == 0 ? .double(0) : ScoreRows.rounded(profile.perThousand(count: count)))
            }
            for ((category, _), (_, column)) in zip(grievanceIndices, grievanceColumns) {
                let evidence = profile.strongestHits.isEmpty ? -1 : profile.strongestHits[category]
                row.append(column, .string(evidence >= 0 ? analysis.hits[evidence].matched(in: analysis.segmentation.text) : ""))
            }
            for (index, columns) in targetColumns.enumerated() {
                let stance = stances.isEmpty ? TargetStance() : stances[index] ?? TargetStance()
                row.append(columns.mentions, .int(stance.mentions))
                row.append(columns.stance, stance.mentions == 0 ? .null : ScoreRows.rounded(stance.net))
                row.append(columns.kind, .string(stance.kind))
            }
            row.append("lexicon_version", .string(lexiconVersion))
            return row
        }
    }

    /// The columns a speaker row starts with: document, speaker, tokens, quotes and tone.
    func speakerHead(_ analysis: Analysis, _ profile: Profiles.Speaker, capacity: Int) -> OutputRow {
        var row = base(analysis)
        row.reserveCapacity(capacity)
        row.append("speaker", .string(profile.info.name))
        row.append("speaker_type", .string(profile.info.type))
        row.append("role", .string(profile.info.role))
        row.append("tokens", .int(profile.tokens))
        row.append("quotes", .int(profile.quotes))
        row.append("tone", profile.tone.mean.map(ScoreRows.rounded) ?? .null)
        row.append("tone_n", .int(profile.tone.count))
        return row
    }

    /// A speaker row looking categories and targets up by name: for an analysis from another
    /// lexicon than the columns'.
    func speakerRowByName(_ analysis: Analysis, _ profile: Profiles.Speaker) -> OutputRow {
        var row = speakerHead(analysis, profile, capacity: 0)
        let hits = profile.hits, strongest = profile.strongest
        let grievances = categories.filter { $0.hasPrefix("grievance.") && (hits[$0] ?? 0) > 0 }
            .map { "\($0.dropFirst("grievance.".count)):\(hits[$0]!)" }
        row.append("grievances", .string(grievances.joined(separator: " ")))
        let stances = profile.targets.keys.sorted().compactMap { target -> String? in
            let stance = profile.targets[target]!
            guard !stance.kind.isEmpty, stance.kind != "neutral" else { return nil }
            return "\(target.replacingOccurrences(of: "target.", with: "")):\(stance.kind)"
        }
        row.append("stance", .string(stances.joined(separator: " ")))
        for (category, columns) in zip(categories, categoryColumns) {
            let count = hits[category] ?? 0
            row.append(columns.hits, .int(count))
            row.append(columns.perThousand, count == 0 ? .double(0) : ScoreRows.rounded(profile.perThousand(count: count)))
        }
        for (category, column) in grievanceColumns {
            let evidence = strongest[category].map { analysis.hits[$0] }
            row.append(column, .string(evidence.map { $0.matched(in: analysis.segmentation.text) } ?? ""))
        }
        for columns in targetColumns {
            let stance = profile.targets[columns.target] ?? TargetStance()
            row.append(columns.mentions, .int(stance.mentions))
            row.append(columns.stance, stance.mentions == 0 ? .null : ScoreRows.rounded(stance.net))
            row.append(columns.kind, .string(stance.kind))
        }
        row.append("lexicon_version", .string(lexiconVersion))
        return row
    }

    public func stanceRows(_ analysis: Analysis) -> [OutputRow] {
        let profiles = Profiles.speakers(analysis)
        var rows: [OutputRow] = []
        for profile in profiles {
            for target in profile.targets.keys.sorted() {
                let stance = profile.targets[target]!
                var row = base(analysis)
                row.append("speaker", .string(profile.info.name))
                row.append("speaker_type", .string(profile.info.type))
                row.append("target", .string(target))
                row.append("mentions", .int(stance.mentions))
                row.append("evaluations", .int(stance.evaluations))
                row.append("appeals", .int(stance.appeals))
                row.append("stance", ScoreRows.rounded(stance.net))
                row.append("kind", .string(stance.kind))
                let evidence = stance.evidence.map { analysis.hits[$0] }
                row.append("evidence", .string(evidence.map { $0.matched(in: analysis.segmentation.text) } ?? ""))
                row.append("evidence_start", evidence.map { scalar(analysis, $0.bytes.lowerBound) } ?? .null)
                row.append("evidence_end", evidence.map { scalar(analysis, $0.bytes.upperBound) } ?? .null)
                row.append("lexicon_version", .string(lexiconVersion))
                rows.append(row)
            }
        }
        return rows
    }

    public func articleRow(_ analysis: Analysis) -> OutputRow {
        let profiles = Profiles.speakers(analysis)
        let article = Profiles.article(analysis, speakers: profiles)
        var row = base(analysis)
        row.append("title", .string(analysis.document.metadata.title))
        row.append("tokens", .int(article.tokens))
        row.append("sentences", .int(article.sentences))
        row.append("quotes", .int(article.quotes))
        row.append("speakers", .int(article.speakers))
        row.append("tone", article.tone.mean.map(ScoreRows.rounded) ?? .null)
        row.append("tone_n", .int(article.tone.count))
        row.append("share_sentences_with_hit", ScoreRows.rounded(article.sentences == 0 ? 0 : Double(article.sentencesWithHit) / Double(article.sentences)))
        for category in categories {
            row.append("\(category)_hits", .int(article.hits[category] ?? 0))
            row.append("\(category)_per_1k", ScoreRows.rounded(article.perThousand(category)))
        }
        let voiced = ScoreRows.speakerTypes.reduce(0) { $0 + (article.voiceTokens[$1] ?? 0) }
        for type in ScoreRows.speakerTypes {
            row.append("voice_\(type)_share", ScoreRows.rounded(voiced == 0 ? 0 : Double(article.voiceTokens[type] ?? 0) / Double(voiced)))
        }
        row.append("lexicon_version", .string(lexiconVersion))
        return row
    }
}
