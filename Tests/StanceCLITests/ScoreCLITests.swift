import Foundation
import Testing

/// End-to-end tests of `stance score` and `stance kwic`.
@Suite struct ScoreCLITests {
    let cli = CLITests()

    static let corpus = """
    {"id": "a1", "outlet": "Testavisen", "date": "2023-03-02", "text": "Mødre protesterer\\n\\n– Sønnene våre blir sendt frem som kjøtt, sier mødrene i videoen.\\n\\n– Vi ber president Putin om å sende dem hjem, sier de."}
    {"id": "a2", "outlet": "Testavisen", "date": "2023-03-03", "text": "Ødelagt dato", "date": "3. mars"}
    {"id": "a3", "outlet": "Prøveposten", "date": "2023-03-04", "text": "Soldatene mangler våpen og ammunisjon, skriver avisen.\\n\\n– Det er ikke bra, sier forskeren Per Hansen."}
    {"id": "a4", "text": "Dette er en nøytral sak om været i Bergen."}
    """

    func write(_ text: String) throws -> (URL, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("korpus.jsonl")
        try Data(text.utf8).write(to: file)
        return (file, directory)
    }

    @Test func speakerCSVHasContractColumnsAndSkipsBrokenRecords() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        let run = try cli.stance(["score", "--by", "speaker", "--format", "csv", file.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        for column in ["doc", "outlet", "date", "speaker", "speaker_type", "role", "tokens", "quotes", "tone",
                       "grievance.expendability_hits", "grievance.expendability_per_1k", "lexicon_version"] {
            #expect(header.contains(column))
        }
        #expect(run.stderr.contains("korpus.jsonl:2: "))
        #expect(run.stderr.contains("3 document(s) read, 1 skipped"))
        #expect(!run.stdout.contains("a2,"))
        #expect(lines.contains { $0.hasPrefix("a1,Testavisen,2023-03-02,") })
    }

    @Test func outputIsIdenticalWhateverTheJobs() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        for level in ["article", "speaker", "sentence", "hit"] {
            let one = try cli.stance(["score", "--by", level, "--format", "jsonl", "--jobs", "1", "--quiet", file.path])
            let two = try cli.stance(["score", "--by", level, "--format", "jsonl", "--jobs", "3", "--quiet", file.path])
            #expect(one.status == 0)
            #expect(one.stdout == two.stdout)
            #expect(!one.stdout.isEmpty)
        }
    }

    @Test func sentenceRowsCarryToneAndPolarity() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        let run = try cli.stance(["score", "--by", "sentence", "--format", "jsonl", "--quiet", file.path])
        let rows = try run.jsonLines()
        let negative = try #require(rows.first { ($0["text"] as? String)?.contains("ikke bra") == true })
        #expect(negative["polarity"] as? String == "negative")
        #expect((negative["tone"] as? Double ?? 0) < 0)
        let neutral = try #require(rows.first { ($0["doc"] as? String) == "a4" })
        #expect(neutral["polarity"] as? String == "neutral")
        #expect(neutral["tone"] as? Int == 0)
    }

    @Test func strictStopsAtTheFirstBrokenRecord() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        let run = try cli.stance(["score", "--strict", "--format", "csv", file.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("korpus.jsonl:2: "))
    }

    @Test func kwicShowsTheSpeakerOfEachLine() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        let run = try cli.stance(["kwic", "sende … som kjøtt", file.path, "--format", "jsonl"])
        #expect(run.status == 0)
        let rows = try run.jsonLines()
        #expect(rows.count == 1)
        #expect(rows.first?["match"] as? String == "sendt frem som kjøtt")
        #expect((rows.first?["speaker"] as? String)?.lowercased().contains("mødre") == true)
        let byCategory = try cli.stance(["kwic", "--category", "grievance.equipment_shortage", file.path, "--format", "jsonl"])
        #expect(try byCategory.jsonLines().contains { ($0["match"] as? String)?.contains("våpen") == true })
    }

    @Test func tableFitsEightyColumnsWithoutColour() throws {
        let (file, directory) = try write(Self.corpus)
        defer { directory.remove() }
        for level in ["article", "speaker", "quote", "sentence", "hit", "stance"] {
            let run = try cli.stance(["score", "--by", level, "--quiet", file.path])
            #expect(run.status == 0)
            #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
            #expect(!run.stdout.contains("\u{1B}["))
        }
    }
}
