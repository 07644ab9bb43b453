import Testing
@testable import Lexicon

@Suite struct PatternTests {
    @Test func parsesEveryElementKind() throws {
        let pattern = try Pattern("=Sa kanonføde* … *mangel ..5 våpen")
        #expect(pattern.elements == [.exact("sa"), .prefix("kanonføde"), .gap(max: 3), .suffix("mangel"), .gap(max: 5), .lemma("våpen")])
        #expect(pattern.wordCount == 4)
        #expect(pattern.source == "=Sa kanonføde* … *mangel ..5 våpen")
    }

    @Test func threeDotsAreAGapToo() throws {
        #expect(try Pattern("sende ... kjøtt").elements == [.lemma("sende"), .gap(max: 3), .lemma("kjøtt")])
    }

    @Test func foldsCaseAndNormalises() throws {
        // Decomposed "å" (a + U+030A) folds to the precomposed form the tokenizer produces.
        #expect(try Pattern("NATO-Sjef").elements == [.lemma("nato-sjef")])
        #expect(try Pattern("a\u{30A}pen").elements == [.lemma("åpen")])
    }

    @Test(arguments: ["", "   ", "… kjøtt", "kjøtt …", "sende … … kjøtt", "k*tt", "*", "a*", "=", "sende ..0 kjøtt", "sende ..21 kjøtt", "sende ..x kjøtt"])
    func rejectsMalformedPatterns(source: String) {
        #expect(throws: PatternError.self) { try Pattern(source) }
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(PatternError.badWildcard("k*tt").description.contains("'*' may only stand at the start or the end"))
        #expect(PatternError.gapAtEdge.description == "a gap must stand between two words")
    }
}
