import Lexicon
import Testing
@testable import Stance

/// Scoring, profiles and target stance on articles written for these tests.
@Suite struct ScoringTests {
    static let matcher: Matcher = {
        // The default lexicon is embedded; loading it cannot fail unless the data is broken.
        Matcher(lexicon: try! LexiconSet.standard())
    }()

    func analyse(_ text: String, id: String = "test") throws -> Analysis {
        try Analyzer(matcher: Self.matcher).analyse(Document(id: id, text: Text(text)))
    }

    static let article = """
    Mødre krever svar fra Kreml

    Flere titalls mødre til mobiliserte soldater fra Tambov har lagt ut en ny video.

    – Våre sønner blir sendt frem som kjøtt. De har verken vinterklær eller ammunisjon, sier mødrene i videoen.

    – Vi ber president Putin om å sende guttene våre hjem, sier de.

    Forsker Kari Lunde ved Norsk utenrikspolitisk institutt mener videoene viser en økende misnøye.

    – Putin har mistet grepet om virkeligheten. Han har ingen plan for å avslutte krigen, sier Lunde.
    """

    @Test func toneIsBoundedAndDoesNotGrowWithLength() {
        var one = Tone()
        one.add(weight: -2)
        var many = Tone()
        for _ in 0..<40 { many.add(weight: -2) }
        #expect(one.tone == -2.0 / 3.0)
        #expect(many.tone > -1 && many.tone < -0.98)
        var mixed = Tone()
        mixed.add(weight: 2)
        mixed.add(weight: -1.5)
        #expect(mixed.polarity == .mixed)
        #expect(Tone().polarity == .neutral)
    }

    @Test func negatedSentimentFlipsAndFramingNegationDoesNotCount() throws {
        let analysis = try analyse("Det er ikke bra. Det er ingen mangel på våpen ved fronten.")
        let tones = Profiles.sentenceTones(analysis)
        #expect(tones[0].tone < 0)
        let counted = analysis.hits.indices.filter { analysis.counts($0) }.map { analysis.hitCategories[$0] }
        #expect(!counted.contains("grievance.equipment_shortage"))
    }

    @Test func speakersGetTheirOwnGrievances() throws {
        let analysis = try analyse(Self.article)
        let profiles = Profiles.speakers(analysis)
        let mothers = try #require(profiles.first { $0.info.name.lowercased().contains("mødre") })
        #expect((mothers.hits["grievance.expendability"] ?? 0) >= 1)
        #expect((mothers.hits["grievance.equipment_shortage"] ?? 0) >= 1)
        let narrator = try #require(profiles.first { $0.index == Voice.narrator })
        #expect((narrator.hits["grievance.expendability"] ?? 0) == 0)
        #expect(mothers.perThousand("grievance.expendability") == Double(mothers.hits["grievance.expendability"]!) * 1000 / Double(mothers.tokens))
    }

    @Test func appealToTargetIsToldApartFromAttack() throws {
        let analysis = try analyse(Self.article)
        let profiles = Profiles.speakers(analysis)
        let mothers = try #require(profiles.first { $0.info.name.lowercased().contains("mødre") })
        let lunde = try #require(profiles.first { $0.info.name.contains("Lunde") })
        #expect(mothers.targets["target.putin"]?.kind == "appeal")
        let stance = try #require(lunde.targets["target.putin"])
        #expect(stance.kind == "attack")
        #expect(stance.net < 0)
    }

    @Test func articleRatesUseTokensAsDenominator() throws {
        let analysis = try analyse(Self.article)
        let rows = ScoreRows(lexicon: Self.matcher.lexicon)
        let row = rows.articleRow(analysis)
        guard case .int(let tokens)? = row["tokens"], case .int(let hits)? = row["grievance.expendability_hits"],
              case .double(let rate)? = row["grievance.expendability_per_1k"] else {
            Issue.record("missing article columns")
            return
        }
        #expect(hits >= 1)
        #expect(abs(rate - Double(hits) * 1000 / Double(tokens)) < 0.001)
        #expect(row["lexicon_version"] == .string(Self.matcher.lexicon.version))
    }

    @Test func speakerRowsHaveTheContractColumnsInOrder() throws {
        let analysis = try analyse(Self.article)
        let rows = ScoreRows(lexicon: Self.matcher.lexicon).speakerRows(analysis)
        let first = try #require(rows.first)
        #expect(Array(first.columns.prefix(9)) == ["doc", "outlet", "date", "speaker", "speaker_type", "role", "tokens", "quotes", "tone"])
        for category in ["grievance.expendability", "grievance.equipment_shortage", "appeal.demand", "sentiment"] {
            #expect(first.columns.contains("\(category)_hits"))
            #expect(first.columns.contains("\(category)_per_1k"))
        }
        #expect(first.columns.last == "lexicon_version")
        #expect(Set(rows.map(\.columns)).count == 1)
    }

    @Test func hitRowsPointAtTheMatchedWords() throws {
        let text = "– Våre menn blir sendt frem som kjøtt 🙁, sier kona."
        let analysis = try analyse(text)
        let rows = ScoreRows(lexicon: Self.matcher.lexicon).hitRows(analysis)
        let row = try #require(rows.first { $0["category"] == .string("grievance.expendability") })
        guard case .int(let start)? = row["start"], case .int(let end)? = row["end"] else { return }
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "sendt frem som kjøtt")
        #expect(row["matched"] == .string("sendt frem som kjøtt"))
    }

    /// The one-sweep token voices of ``QuoteVoice`` answer as ``QuoteAnalysis/speakerOf(_:includeCaptions:)``
    /// does per token, with and without captions, and index hit counts agree with the names.
    @Test func sweptTokenVoicesMatchSpeakerOf() throws {
        let text = "BILDE: Mødrene i Tambov.\n\n" + Self.article + "\n\n«Vi er redde», sier én mor. «Men vi gir oss ikke», legger hun til."
        let analysis = try analyse(text)
        let segmentation = analysis.segmentation
        let atoms = AtomCache(matcher: Self.matcher).atoms(for: segmentation)
        let quotes = QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: Self.matcher)
        #expect(!quotes.voices.isEmpty)
        for includeCaptions in [false, true] {
            let swept = QuoteVoice.tokenSpeakers(segmentation.tokens.starts, quotes, includeCaptions: includeCaptions)
            for token in 0..<segmentation.tokens.count {
                let expected: Int32 = switch quotes.speakerOf(Int(segmentation.tokens.starts[token]), includeCaptions: includeCaptions) {
                case .none: Voice.nobody
                case .narrator?: Voice.narrator
                case .speaker(let index)?: Int32(index + 1)
                }
                #expect(swept[token] == expected)
            }
        }
        for profile in Profiles.speakers(analysis) {
            for (category, count) in profile.hits {
                #expect(profile.hitCount(analysis.categoryNames.firstIndex(of: category)!) == count)
                #expect(count > 0)
            }
        }
    }
}
