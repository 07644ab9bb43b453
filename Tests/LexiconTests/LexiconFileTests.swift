import Foundation
import Testing
@testable import Lexicon

@Suite struct LexiconFileTests {
    static let header = "pattern\tcategory\tpolarity\tweight\tnote"

    func load(_ files: [(String, String)]) throws(LexiconLoadError) -> LexiconSet {
        try LexiconSet.load(userFiles: files.map { (name: $0.0, contents: $0.1) }, includeDefault: false)
    }

    // MARK: Errors

    @Test func rowErrorsNameLinesAndReasons() {
        let contents = """
        \(LexiconFileTests.header)
        kjøtt\tgrievance.expendability\tnegative\t2\tfine
        våpen\tgrievance.equipment_shortage\tsur\t2\tbad polarity
        mangel\tgrievance.equipment_shortage\tnegative\tfem\tbad weight
        # a comment between rows keeps the numbering
        k*tt\tgrievance.expendability\tnegative\t1\tbad wildcard
        tap\tGrievance.Casualties\tnegative\t1\tbad category
        """
        do {
            _ = try load([("mine.tsv", contents)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [3, 4, 6, 7])
            #expect(error.errors.allSatisfy { $0.file == "mine.tsv" })
            #expect(error.errors[0].reason.contains("polarity"))
            #expect(error.errors[1].reason.contains("weight"))
            #expect(error.errors[2].reason.contains("'*'"))
            #expect(error.errors[3].reason.contains("category"))
            #expect(error.errors[0].description.hasPrefix("mine.tsv:3: "))
        }
    }

    /// Files saved by a spreadsheet or a Windows editor: CR LF line ends (one Character in a
    /// Swift String) and a byte order mark. Every row is read, and errors keep their line.
    @Test func crlfFileWithByteOrderMarkReadsEveryRowAndNumbersLines() throws {
        let rows = [
            "\u{FEFF}\(LexiconFileTests.header)",
            "kjempebra\tsentiment\tpositive\t3\tsterkt positivt",
            "# kommentar",
            " elendig \tsentiment\tnegative\t3\tmellomrom rundt mønsteret",
            "",
        ]
        let lexicon = try load([("excel.tsv", rows.joined(separator: "\r\n"))])
        #expect(lexicon.entries.map(\.pattern.source) == ["kjempebra", "elendig"])
        #expect(lexicon.entries.map(\.origin.line) == [2, 4])
        let same = try load([("unix.tsv", rows.joined(separator: "\n").replacingOccurrences(of: "\u{FEFF}", with: ""))])
        #expect(lexicon.sha256 == same.sha256)

        let broken = ["\(LexiconFileTests.header)", "bra\tsentiment\tpositive\t2\tok", "dårlig\tsentiment\tsur\t2\tbad"]
        do {
            _ = try load([("excel.tsv", broken.joined(separator: "\r\n") + "\r\n")])
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.line) == [3])
        }
    }

    @Test func rowWithTooManyFieldsIsAnError() {
        let contents = "\(LexiconFileTests.header)\nsende\tgrievance.x\tnegative\t1\tnote\textra\n"
        #expect(throws: LexiconLoadError.self) { try load([("wide.tsv", contents)]) }
    }

    @Test func errorsOfSeveralFilesAreAllReported() {
        let bad = "\(LexiconFileTests.header)\nvåpen\tgrievance.x\tsur\t2\tbad\n"
        do {
            _ = try load([("a.tsv", bad), ("b.tsv", bad)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.description).map { String($0.prefix(7)) } == ["a.tsv:2", "b.tsv:2"])
        }
    }

    // MARK: Version and fingerprint

    static let original = """
    # Egen liste
    pattern\tcategory\tpolarity\tweight\tnote\tcontext
    kjøtt\tgrievance.expendability\tnegative\t2\tframing\tsende;kanon*
    god\tsentiment\tpositive\t2\tgood\t
    """

    @Test func fingerprintIgnoresCommentsColumnOrderAndFileNames() throws {
        let reordered = """
        note\tweight\tcontext\tpattern\tpolarity\tcategory
        # other comments

        good\t2\t\tgod\tpositive\tsentiment
        framing\t2\tsende;kanon*\tkjøtt\tnegative\tgrievance.expendability
        """
        let first = try load([("a.tsv", LexiconFileTests.original)])
        let second = try load([("renamed.tsv", reordered)])
        #expect(first.sha256 == second.sha256)
        #expect(first.version == second.version)
        #expect(first.version == "custom.\(first.sha256.prefix(8))")
        #expect(first.sha256.count == 64)
    }

    @Test func fingerprintChangesWithContent() throws {
        let changed = LexiconFileTests.original.replacingOccurrences(of: "positive\t2", with: "positive\t3")
        let first = try load([("a.tsv", LexiconFileTests.original)])
        let second = try load([("a.tsv", changed)])
        #expect(first.sha256 != second.sha256)
        #expect(first.version != second.version)
        let withoutContext = LexiconFileTests.original.replacingOccurrences(of: "sende;kanon*", with: "sende")
        #expect(try load([("a.tsv", withoutContext)]).sha256 != first.sha256)
    }

    @Test func sourceNounsAreOneWordWildcardsOrForms() {
        let contents = """
        pattern\tsource\tnote
        *rapport\tdocument\treport
        =dommen\tcourt\tthe judgment
        rapport\tdocument\tno wildcard
        ifølge rapporten\tdocument\ttwo words
        """
        do {
            _ = try load([("nouns.tsv", contents)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [4, 5])
            #expect(error.errors.allSatisfy { $0.reason.contains("source noun") })
        }
        let good = try? load([("nouns.tsv", "pattern\tsource\tnote\n*rapport\tdocument\treport\n=dommen\tcourt\tjudgment\n")])
        #expect(good?.sourceNouns.map(\.pattern.source) == ["*rapport", "=dommen"])
        #expect(good?.sourceNouns.map(\.source) == ["document", "court"])
    }

    @Test func defaultLexiconListsSourceNouns() throws {
        let set = try LexiconSet.standard()
        let patterns = set.sourceNouns.map(\.pattern.source)
        #expect(patterns.contains("*undersøkelse"))
        #expect(patterns.contains("=dommen"))
        #expect(set.sourceNouns.allSatisfy { ["document", "body", "court", "witness"].contains($0.source) })
    }

    @Test func organisationWordsAreOneWordOfAKnownKind() {
        let contents = """
        pattern\torganisation\tnote
        sydsvenskan\toutlet\tSydsvenskan
        *bladet\toutlet\tAftonbladet
        Moderaterna\tparty\tthe Moderates
        =Moderaternas\tparty_genitive\tthe Moderates'
        M\tparty_tag\t(M)
        Dagens Nyheter\toutlet\ttwo words
        *partiet\tparty\tan ending is for outlets only
        Moderaterna\tparti\tno such kind
        """
        do {
            _ = try load([("svenska.tsv", contents)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [7, 8, 9])
            #expect(error.errors[0].reason.contains("one word"))
            #expect(error.errors[1].reason.contains("one word"))
            #expect(error.errors[2].reason.contains("outlet, party, party_genitive or party_tag"))
        }
        let good = try? load([("svenska.tsv", contents.split(separator: "\n").prefix(6).joined(separator: "\n"))])
        #expect(good?.organisations.map(\.kind) == [.outlet, .outlet, .party, .partyGenitive, .partyTag])
        // Party names and genitives as written, outlet words and tags folded.
        #expect(good?.organisations.map(\.word) == ["sydsvenskan", "bladet", "Moderaterna", "Moderaternas", "m"])
        #expect(good?.organisations.map(\.isEnding) == [false, true, false, false, false])
    }

    /// A party is compared as written, so its case is part of the lexicon's content: "Rødt" and
    /// "RØDT" are different lexicons (and a decomposed "ö" is stored precomposed).
    @Test func partyNamesKeepTheirCaseInTheFingerprint() throws {
        func set(_ word: String) throws -> LexiconSet {
            try load([("partier.tsv", "pattern\torganisation\tnote\n\(word)\tparty\tx\n")])
        }
        #expect(try set("Rødt").sha256 != set("RØDT").sha256)
        #expect(try set("Miljo\u{308}partiet").organisations.first?.word.utf8.elementsEqual("Miljöpartiet".utf8) == true)
    }

    @Test func defaultLexiconListsOutletsAndParties() throws {
        let set = try LexiconSet.standard()
        func words(_ kind: OrganisationEntry.Kind) -> [String] { set.organisations.filter { $0.kind == kind }.map(\.word) }
        #expect(words(.outlet).contains("aftenblad"))
        #expect(set.organisations.contains { $0.kind == .outlet && $0.isEnding && $0.word == "posten" })
        #expect(words(.party).contains("Rødt") && !words(.party).contains("rødt"))
        #expect(words(.partyGenitive).contains("FrPs"))
        #expect(words(.partyTag).contains("sp"))
    }

    /// Output rows carry only the version, so the default lexicon's content must not change
    /// under the same version: when this fails, bump Resources/lexicon/version.txt and put the
    /// new `stance lexicon info` sha256 here.
    @Test func defaultLexiconContentIsPinnedToItsVersion() throws {
        let set = try LexiconSet.standard()
        #expect(LexiconSet.defaultVersion == "2026.12.15")
        #expect(set.sha256 == "cf0b132de33044bbd9bcd3be333fb3321d652985525cc3ec813aef34ecee169f")
    }

    @Test func defaultLexiconHasAStableVersion() throws {
        let set = try LexiconSet.standard()
        #expect(set.version == "default-\(LexiconSet.defaultVersion)")
        #expect(try LexiconSet.standard().sha256 == set.sha256)
        let custom = try LexiconSet.load(userFiles: [("mine.tsv", LexiconFileTests.original)], includeDefault: true)
        #expect(custom.version.hasPrefix("default-\(LexiconSet.defaultVersion)+custom."))
    }

    @Test func defaultLexiconCoversTheContractCategories() throws {
        let categories = Set(try LexiconSet.standard().categories)
        for id in ["grievance.expendability", "grievance.equipment_shortage", "grievance.unpreparedness", "grievance.illegality",
                   "grievance.casualties", "grievance.abandonment", "sentiment"] {
            #expect(categories.contains(id), "\(id)")
        }
    }

    // MARK: Export

    @Test func exportedEntriesLoadToTheSameFingerprint() throws {
        let set = try load([("a.tsv", LexiconFileTests.original)])
        let exported = LexiconTSVWriter.tsv(of: set, comments: ["exported"])
        let reloaded = try load([("export.tsv", exported)])
        #expect(reloaded.sha256 == set.sha256)
        #expect(exported.contains("a.tsv:3"))
    }

    // MARK: Lint

    @Test func lintFindsConflictingPolarity() {
        let contents = """
        \(LexiconFileTests.header)
        tap\tsentiment\tnegative\t2\tloss
        tap\tsentiment\tpositive\t1\toops
        """
        let problems = LexiconLint.lint(files: [("mine.tsv", contents)], includeDefault: false)
        #expect(problems.contains { $0.line == 3 && $0.severity == .error && $0.message.contains("mine.tsv:2") })
    }

    @Test func lintFindsWordsTheTokenizerSplits() {
        let contents = """
        \(LexiconFileTests.header)
        våpen.\tgrievance.x\tnegative\t2\ttrailing full stop
        kanon!*\tgrievance.x\tnegative\t2\tpunctuation in a wildcard
        NATO-sjef\tgrievance.x\tnegative\t1\thyphen compound is one token
        """
        let problems = LexiconLint.lint(files: [("mine.tsv", contents)], includeDefault: false)
        let lines = problems.filter { $0.severity == .error }.map(\.line)
        #expect(lines == [2, 3], "\(problems)")
    }

    @Test func lintFindsUnusedAndUndeclaredCategories() {
        let contents = """
        # categories: grievance.alpha, grievance.beta, grievance.gamma
        \(LexiconFileTests.header)
        kjøtt\tgrievance.alpha\tnegative\t2\tone
        fisk\tgrievance.alpha\tnegative\t2\ttwo
        tap\tgrievance.delta\tnegative\t2\tundeclared
        """
        let problems = LexiconLint.lint(files: [("mine.tsv", contents)], includeDefault: false)
        #expect(problems.contains { $0.line == 1 && $0.severity == .warning && $0.message.contains("grievance.beta") })
        #expect(problems.contains { $0.line == 5 && $0.severity == .error && $0.message.contains("not declared") })
    }

    @Test func lintWarnsAboutSingleEntryCategoriesWithATypoHint() {
        let contents = """
        \(LexiconFileTests.header)
        kjøtt\tgrievance.expendability\tnegative\t2\tone
        slakt\tgrievance.expendability\tnegative\t2\ttwo
        kanon\tgrievance.expendabilty\tnegative\t2\ttypo
        """
        let problems = LexiconLint.lint(files: [("mine.tsv", contents)], includeDefault: false)
        #expect(problems.contains { $0.line == 4 && $0.severity == .warning && $0.message.contains("a typo of 'grievance.expendability'") })
    }

    @Test func lintReportsMalformedRowsToo() {
        let contents = "\(LexiconFileTests.header)\nvåpen\tgrievance.x\tsur\t2\tbad\n"
        let problems = LexiconLint.lint(files: [("mine.tsv", contents)], includeDefault: false)
        #expect(problems.map(\.description).contains { $0.hasPrefix("mine.tsv:2: error: polarity") })
    }

    @Test func defaultLexiconLintsWithoutErrors() {
        let problems = LexiconLint.lint(files: [], includeDefault: true)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems.prefix(10))")
    }
}
