import Foundation
import Testing

/// End-to-end tests of `stance explain` and `stance lexicon …` (the runner is CLITests.stance).
@Suite struct LexiconCLITests {
    let cli = CLITests()

    func write(_ contents: String, to name: String, in directory: TemporaryDirectory) throws -> String {
        let url = directory.url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    static let userLexicon = """
    pattern\tcategory\tpolarity\tweight\tnote
    =kanonføde\tgrievance.expendability\tnegative\t3\ttest row
    """

    // MARK: explain

    @Test func explainFindsExpendabilityInTheArgumentText() throws {
        let run = try cli.stance(["explain", "Soldatene ble sendt frem som kjøtt."])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"sendt frem som kjøtt\"  grievance.expendability  -3"))
        #expect(run.stdout.contains("entry: sende … som kjøtt @ default:grievance.tsv:"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and stdout is not a terminal")
    }

    @Test func explainShowsTheNegationTrace() throws {
        let run = try cli.stance(["explain", "Det er ikke bra."])
        #expect(run.stdout.contains("[negated]"))
        #expect(run.stdout.contains("· negated by \"ikke\" (× -0.5)"))
    }

    @Test func explainSaysWhenNothingMatches() throws {
        let run = try cli.stance(["explain", "Han kjøpte kjøtt og fisk."])
        #expect(run.status == 0)
        #expect(run.stdout == "(no lexicon hits)\n")
        let rejected = try cli.stance(["explain", "--rejected", "Han kjøpte kjøtt og fisk."])
        #expect(rejected.stdout.contains("not counted: \"kjøtt\""))
        #expect(rejected.stdout.contains("excluded by \"fisk\""))
    }

    @Test func explainJSONLinesCarryTheContractFields() throws {
        let text = "Han sa: «Det er svært dårlig.» 🙂 Det er ikke bra."
        let run = try cli.stance(["explain", "--format", "jsonl", "--outlet", "Avisa", "--date", "2024-03-01", text])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try run.jsonLines()
        let fields = ["doc", "outlet", "date", "paragraph", "sentence", "start", "end", "matched", "entry", "entry_origin",
                      "category", "polarity", "weight", "base_weight", "negated", "intensified", "speaker", "speaker_type",
                      "mode", "lexicon_version", "trace"]
        for row in rows {
            for field in fields { #expect(row[field] != nil, "\(field) missing in \(row)") }
            let start = try #require(row["start"] as? Int), end = try #require(row["end"] as? Int)
            #expect(CLITests.scalarSlice(text, start, end) == row["matched"] as? String)
            #expect(row["doc"] as? String == "-")
            #expect(row["outlet"] as? String == "Avisa")
            // «…» after "Han sa:" is a quote of an unresolved "han"; the rest is the narrator's.
            let quoted = row["matched"] as? String == "dårlig"
            #expect(row["mode"] as? String == (quoted ? "direct" : "narration"))
            if !quoted { #expect(row["speaker"] as? String == "narrator") }
        }
        let bad = try #require(rows.first { $0["matched"] as? String == "dårlig" })
        #expect(bad["intensified"] as? Bool == true)
        #expect(bad["weight"] as? Double == -3)
        let good = try #require(rows.first { $0["matched"] as? String == "bra" })
        #expect(good["negated"] as? Bool == true)
        #expect(good["weight"] as? Double == -1)
        #expect(good["polarity"] as? String == "positive")
        let trace = try #require(good["trace"] as? [[String: Any]])
        #expect(trace.first?["rule"] as? String == "negated")
        #expect(trace.first?["by"] as? String == "ikke")
        let version = try #require(good["lexicon_version"] as? String)
        #expect(version.hasPrefix("default-"))
        // Keys are sorted.
        let firstLine = try #require(run.stdout.split(separator: "\n").first)
        let keys = CLITests.keyOrder(of: firstLine)
        #expect(keys == keys.sorted())
    }

    @Test func explainReadsAFileAndNamesItAsTheDocument() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write("Forsyningene uteble.\n\nDe mangler våpen.\n", to: "sak.txt", in: directory)
        let run = try cli.stance(["explain", "--format", "jsonl", path])
        let rows = try run.jsonLines()
        let shortage = try #require(rows.first { $0["category"] as? String == "grievance.equipment_shortage" })
        #expect(shortage["doc"] as? String == path)
        #expect(shortage["paragraph"] as? Int == 1)
        #expect(shortage["sentence"] as? Int == 1)
    }

    @Test func explainReadsStandardInput() throws {
        let run = try cli.stance(["explain", "-"], stdin: Data("Det er svært dårlig.".utf8))
        #expect(run.stdout.contains("[intensified]"))
    }

    @Test func explainMissingFileIsNotTakenAsText() throws {
        let run = try cli.stance(["explain", "finnes/ikke.txt"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("finnes/ikke.txt: no such file or directory"))
    }

    @Test func explainUsesUserLexiconsOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(LexiconCLITests.userLexicon, to: "egen.tsv", in: directory)
        let run = try cli.stance(["explain", "--format", "jsonl", "--no-default-lexicon", "--lexicon", path, "De var kanonføde. Det er bra."])
        let rows = try run.jsonLines()
        #expect(rows.map { $0["matched"] as? String } == ["kanonføde"])
        #expect((rows.first?["entry_origin"] as? String)?.hasSuffix("egen.tsv:2") == true)
        #expect((rows.first?["lexicon_version"] as? String)?.hasPrefix("custom.") == true)
    }

    // MARK: lexicon

    @Test func lexiconInfoPrintsVersionAndSHA256() throws {
        let run = try cli.stance(["lexicon", "info"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("version: default-"))
        #expect(lines[1].hasPrefix("sha256: "))
        #expect(lines[1].dropFirst("sha256: ".count).count == 64)
        #expect(run.stdout.contains("grievance.expendability"))
        #expect(run.stdout.contains("default:modifiers.tsv"))
    }

    @Test func lexiconInfoWithAUserFileMarksTheVersionCustom() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(LexiconCLITests.userLexicon, to: "egen.tsv", in: directory)
        let run = try cli.stance(["lexicon", "info", "--format", "json", "--lexicon", path])
        let info = try #require(try run.jsonLines().first)
        #expect((info["version"] as? String)?.contains("+custom.") == true)
        #expect((info["sha256"] as? String)?.count == 64)
    }

    @Test func malformedLexiconRowsAreReportedWithFileAndLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write("pattern\tcategory\tpolarity\tweight\tnote\nkjøtt\tgrievance.x\tsur\t2\tbad\nvåpen\tgrievance.x\tnegative\tmye\tbad\n",
                             to: "feil.tsv", in: directory)
        let run = try cli.stance(["explain", "--lexicon", path, "Det er bra."])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(path):2: polarity"))
        #expect(run.stderr.contains("\(path):3: weight"))
    }

    @Test func noDefaultLexiconNeedsAFile() throws {
        let run = try cli.stance(["lexicon", "info", "--no-default-lexicon"])
        #expect(run.status == 64)
    }

    @Test func lintReportsProblemsAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write("pattern\tcategory\tpolarity\tweight\tnote\nbra\tsentiment\tnegative\t2\tconflicts with the default\nvåpen.\tgrievance.x\tnegative\t1\tsplit\n",
                             to: "egen.tsv", in: directory)
        let run = try cli.stance(["lexicon", "lint", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(path):2: error: 'bra' is negative here but positive at default:sentiment-adjectives.tsv:"))
        #expect(run.stdout.contains("\(path):3: error: 'våpen.' is 2 tokens"))
        #expect(try cli.stance(["lexicon", "lint"]).status == 0)
    }

    // MARK: organisations.tsv

    static let swedishOutlets = "pattern\torganisation\tnote\nsydsvenskan\toutlet\tSydsvenskan (Malmö)\n"

    /// A user's outlet reaches `stance quotes` through --lexicon: the quote is an organisation's.
    @Test func quotesTakeOutletsFromAUserLexicon() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(LexiconCLITests.swedishOutlets, to: "svenska.tsv", in: directory)
        let text = Data("– Regjeringen har sviktet, skriver Sydsvenskan på lederplass.\n".utf8)
        let plain = try cli.stance(["quotes", "--format", "jsonl", "-"], stdin: text)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try plain.jsonLines().first?["speaker_type"] as? String != "organisation")
        let run = try cli.stance(["quotes", "--format", "jsonl", "--lexicon", path, "-"], stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
        let row = try #require(try run.jsonLines().first)
        #expect(row["speaker"] as? String == "Sydsvenskan")
        #expect(row["speaker_type"] as? String == "organisation")
    }

    /// An unresolved speaker is "" in JSONL and "(unresolved)" in the table, not a blank cell.
    @Test func unresolvedSpeakerIsNamedInTheTable() throws {
        let text = Data("Tittel\n\n– Vi drar ikke hjem, sier hun.\n".utf8)
        let jsonl = try cli.stance(["quotes", "--format", "jsonl", "-"], stdin: text)
        let row = try #require(try jsonl.jsonLines().first)
        #expect(row["speaker"] as? String == "")
        #expect(row["speaker_type"] as? String == "unknown")
        let table = try cli.stance(["quotes", "-"], stdin: text)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("(unresolved)"))
    }

    @Test func lexiconInfoListAndLintKnowOrganisationWords() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(LexiconCLITests.swedishOutlets, to: "svenska.tsv", in: directory)
        let info = try cli.stance(["lexicon", "info", "--lexicon", path])
        #expect(info.stdout.contains("default:organisations.tsv"))
        #expect(info.stdout.contains("1 organisations"))
        let list = try cli.stance(["lexicon", "list", "--kind", "organisations", "--format", "jsonl", "--lexicon", path])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try list.jsonLines()
        #expect(rows.contains { $0["pattern"] as? String == "Høyre" && $0["organisation"] as? String == "party" })
        #expect(rows.last?["pattern"] as? String == "sydsvenskan")
        #expect((rows.last?["origin"] as? String)?.hasSuffix("svenska.tsv:2") == true)
        let bad = try write("pattern\torganisation\tnote\nDagens Nyheter\toutlet\ttwo words\nAftonbladet.\toutlet\tsplit\n",
                            to: "feil.tsv", in: directory)
        let lint = try cli.stance(["lexicon", "lint", bad])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("\(bad):2: error: an organisation word is one word"))
        #expect(lint.stdout.contains("\(bad):3: error: 'aftonbladet.' is 2 tokens"))
    }

    @Test func showFindsTheLemmaEntryOfAnInflectedForm() throws {
        let run = try cli.stance(["lexicon", "show", "kjøttet"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("grievance.expendability"))
        #expect(run.stdout.contains("forms of kjøttet as a lemma:"))
        let phrase = try cli.stance(["lexicon", "show", "sendt frem som kjøtt"])
        #expect(phrase.stdout.contains("entry      sende … som kjøtt"))
    }

    @Test func importWritesALoadableLexicon() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let list = try write("glede\nfryd\n", to: "Lemma_NOUN_Positive_lexicon.txt", in: directory)
        let output = directory.url.appendingPathComponent("import.tsv").path
        let run = try cli.stance(["lexicon", "import", "--from", "norsentlex", list, "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 entries in 1 category"))
        let explained = try cli.stance(["explain", "--format", "jsonl", "--no-default-lexicon", "--lexicon", output, "Gleden var stor."])
        #expect(try explained.jsonLines().map { $0["matched"] as? String } == ["Gleden"])
    }

    @Test func exportWritesEveryEntryWithItsOrigin() throws {
        let run = try cli.stance(["lexicon", "export"])
        #expect(run.status == 0)
        let header = run.stdout.split(separator: "\n").first { !$0.hasPrefix("#") }
        #expect(header == "pattern\tcategory\tpolarity\tweight\tnote\tcontext\texclude\torigin")
        #expect(run.stdout.contains("default:grievance.tsv:"))
    }
}
