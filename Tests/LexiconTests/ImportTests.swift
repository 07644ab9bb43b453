import Foundation
import Testing
@testable import Lexicon

@Suite struct ImportTests {
    // MARK: LIWC

    static let liwc = """
    %
    1\tposemo
    2\tnegemo
    3\tkrig
    %
    glad*\t1
    trist\t2
    kanon\t3\t2
    i kamp\t3
    sint 2 7
    """

    @Test func liwcWordsBecomeExactFormsAndPrefixes() {
        let result = LIWCImporter.convert(file: "norsk.dic", contents: ImportTests.liwc)
        let rows = result.entries.map { "\($0.pattern) \($0.category) \($0.polarity.rawValue)" }
        #expect(rows == [
            "glad* liwc.posemo positive", "=trist liwc.negemo negative", "=kanon liwc.krig neutral",
            "=kanon liwc.negemo negative", "=i =kamp liwc.krig neutral", "=sint liwc.negemo negative",
        ])
        // Category 7 is not in the header.
        #expect(result.warnings.map(\.line) == [10])
        #expect(result.entries[0].note == "liwc: norsk.dic:6 'posemo'")
    }

    /// LIWC dictionaries are often saved on Windows: CR LF line ends give the same entries.
    @Test func liwcWithWindowsLineEndsGivesTheSameEntries() {
        let unix = LIWCImporter.convert(file: "norsk.dic", contents: ImportTests.liwc)
        let windows = LIWCImporter.convert(file: "norsk.dic", contents: ImportTests.liwc.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windows.entries.map(\.pattern) == unix.entries.map(\.pattern))
        #expect(windows.entries.count == 6)
        #expect(windows.warnings.map(\.line) == [10])
    }

    @Test func liwcWithoutHeaderIsReported() {
        let result = LIWCImporter.convert(file: "bad.dic", contents: "glad\t1\n")
        #expect(result.entries.isEmpty)
        #expect(!result.warnings.isEmpty)
    }

    @Test func importedLiwcMatchesText() throws {
        let result = LIWCImporter.convert(file: "norsk.dic", contents: ImportTests.liwc, prefix: "")
        let tsv = LexiconTSVWriter.tsv(result.entries, comments: ["test"])
        let set = try LexiconSet.load(userFiles: [("import.tsv", tsv)], includeDefault: false)
        let hits = try findHits("Hun var glade for freden.", in: set)
        #expect(hits.map(\.category) == ["posemo"])
    }

    // MARK: quanteda YAML

    static let yaml = """
    # ordbok for test
    ---
    okonomi:
      positiv:
        - vekst
        - "gode tider"
      negativ: [krise, 'fall*', "*nedgang"]
    krig:
    - kamp
    - front?
    tomt:
    """

    @Test func quantedaKeysBecomeCategoryIdsAndGlobsPatterns() {
        let result = QuantedaImporter.convert(file: "ordbok.yml", contents: ImportTests.yaml)
        let rows = result.entries.map { "\($0.pattern) \($0.category) \($0.polarity.rawValue)" }
        #expect(rows == [
            "=vekst okonomi.positiv positive", "=gode =tider okonomi.positiv positive",
            "=krise okonomi.negativ negative", "fall* okonomi.negativ negative", "*nedgang okonomi.negativ negative",
            "=kamp krig neutral",
        ])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.reason.contains("'?'") == true)
    }

    @Test func quantedaPrefixIsPrepended() {
        let result = QuantedaImporter.convert(file: "ordbok.yml", contents: "pos:\n  - bra\n", prefix: "lsd")
        #expect(result.entries.map(\.category) == ["lsd.pos"])
        #expect(result.entries.map(\.polarity) == [.positive])
    }

    @Test func yamlSubsetParsesNestedMapsAndLists() throws {
        let node = try DictionaryYAML.parse("a:\n  b: [x, 'y z']\n  c:\n    - \"q # not a comment\"  # comment\n")
        let expected: DictionaryYAML.Node = .map([
            ("a", .map([("b", .list([.scalar("x"), .scalar("y z")])), ("c", .list([.scalar("q # not a comment")]))])),
        ])
        #expect(node == expected)
    }

    @Test func yamlSubsetRejectsWhatItCannotRead() {
        #expect(throws: DictionaryYAML.ParseError.self) { try DictionaryYAML.parse("a:\n\t- b\n") }
        #expect(throws: DictionaryYAML.ParseError.self) { try DictionaryYAML.parse("a: {b: c}\n") }
        #expect(throws: DictionaryYAML.ParseError.self) { try DictionaryYAML.parse("a:\n  - b\n c: d\n") }
        let result = QuantedaImporter.convert(file: "bad.yml", contents: "a: [b, c\n")
        #expect(result.warnings.first?.line == 1)
    }

    // MARK: NorSentLex

    @Test func fullFormListTakesPolarityFromTheFileName() {
        let result = NorSentLexImporter.convert(file: "Fullform/Fullform_Positive_lexicon.txt", contents: "glad\ngladere\n\nflott\n")
        #expect(result.entries.map(\.pattern) == ["=glad", "=gladere", "=flott"])
        #expect(result.entries.allSatisfy { $0.polarity == .positive && $0.category == "sentiment" && $0.weight == 1 })
        #expect(result.entries[2].note == "norsentlex: Fullform/Fullform_Positive_lexicon.txt:4")
    }

    @Test func lemmaListBecomesLemmaPatterns() {
        let result = NorSentLexImporter.convert(file: "Lemma_NOUN_Negative_lexicon.txt", contents: "sorg\nskam\n")
        #expect(result.entries.map(\.pattern) == ["sorg", "skam"])
        #expect(result.entries.allSatisfy { $0.polarity == .negative })
    }

    @Test func polarityOptionWinsAndMissingPolarityIsReported() {
        let given = NorSentLexImporter.convert(file: "ord.txt", contents: "trist\n", polarity: .negative)
        #expect(given.entries.map(\.polarity) == [.negative])
        let missing = NorSentLexImporter.convert(file: "ord.txt", contents: "trist\n")
        #expect(missing.entries.isEmpty)
        #expect(missing.warnings.first?.reason.contains("--polarity") == true)
    }

    @Test func scoredLemmaRowsGiveSignAndWeight() {
        let result = NorSentLexImporter.convert(file: "lemma.tsv", contents: "glede\tNOUN\t2\nsorg\tNOUN\t-3\nnøytral\tADJ\t0\nhelvete\tNOUN\t-7\n")
        let rows = result.entries.map { "\($0.pattern) \($0.polarity.rawValue) \($0.weight)" }
        #expect(rows == ["glede positive 2.0", "sorg negative 3.0", "helvete negative 4.0"])
    }

    @Test func importedNorSentLexLoadsAndMatchesInflections() throws {
        let result = NorSentLexImporter.convert(file: "Lemma_Negative.txt", contents: "sorg\n")
        let set = try LexiconSet.load(userFiles: [("import.tsv", LexiconTSVWriter.tsv(result.entries))], includeDefault: false)
        #expect(try findHits("Sorgen var stor.", in: set).map(\.matched) == ["Sorgen"])
    }

    // MARK: Conversions

    @Test func categoryNamesBecomeIds() {
        #expect(ImportConversion.categoryID(["Positive Emotion", "Økonomi"]) == "positive_emotion.okonomi")
        #expect(ImportConversion.categoryPart("  ") == "unnamed")
        #expect(ImportConversion.polarity(ofCategory: ["neg_positive"]) == .negative)
        #expect(ImportConversion.polarity(ofCategory: ["tema", "krig"]) == .neutral)
    }

    @Test func unsupportedGlobsAreRefused() {
        #expect(ImportConversion.pattern(for: "k*tt", style: .exactForm).pattern == nil)
        #expect(ImportConversion.pattern(for: "a*", style: .exactForm).pattern == nil)
        #expect(ImportConversion.pattern(for: "*mangel", style: .exactForm).pattern == "*mangel")
        #expect(ImportConversion.pattern(for: "gode tider", style: .lemma).pattern == "gode tider")
    }
}
