import Testing
@testable import Lexicon

@Suite struct MatcherTests {
    // MARK: Pattern kinds

    @Test func exactFormMatchesOnlyThatForm() throws {
        let lexicon = try testLexicon(entries: ["=sa | test.speech | neutral | 1 | past tense only"])
        #expect(try findHits("Hun sa nei.", in: lexicon).map(\.matched) == ["sa"])
        #expect(try findHits("Hun sier nei.", in: lexicon).isEmpty)
        #expect(try findHits("SA hun virkelig det?", in: lexicon).map(\.matched) == ["SA"])
    }

    @Test func lemmaMatchesInflectedForms() throws {
        let lexicon = try testLexicon(entries: ["våpen | test.weapon | neutral | 1 | lemma"])
        let hits = try findHits("Våpenet lå der. Våpnene var gamle. Vi talte våpen.", in: lexicon)
        #expect(hits.map(\.matched) == ["Våpenet", "Våpnene", "våpen"])
    }

    @Test func prefixWildcardMatchesCompoundsAndForms() throws {
        let lexicon = try testLexicon(entries: ["kanonføde* | test.fodder | negative | 3 | prefix"])
        #expect(try findHits("De var kanonføde. Kanonføden ble glemt.", in: lexicon).map(\.matched) == ["kanonføde", "Kanonføden"])
        #expect(try findHits("Kanonen smalt.", in: lexicon).isEmpty)
    }

    @Test func suffixWildcardMatchesCompoundsWithInflection() throws {
        let lexicon = try testLexicon(entries: ["*mangel | test.shortage | negative | 1 | suffix"])
        let hits = try findHits("Våpenmangel og ammunisjonsmangel preger fronten. Ammunisjonsmangelen vokser.", in: lexicon)
        #expect(hits.map(\.matched) == ["Våpenmangel", "ammunisjonsmangel", "Ammunisjonsmangelen"])
        // The bare word is not a compound ending in "mangel".
        #expect(try findHits("Det er mangel på alt.", in: lexicon).isEmpty)
    }

    @Test func multiwordSequenceNeedsAdjacentWords() throws {
        let lexicon = try testLexicon(entries: ["mangel på våpen | test.shortage | negative | 2 | phrase"])
        #expect(try findHits("Det er stor mangel på våpen ved fronten.", in: lexicon).map(\.matched) == ["mangel på våpen"])
        #expect(try findHits("Mangelen på våpnene er kjent.", in: lexicon).map(\.matched) == ["Mangelen på våpnene"])
        #expect(try findHits("Det er mangel på gode våpen.", in: lexicon).isEmpty)
    }

    @Test func boundedGapAllowsUpToThreeTokens() throws {
        let lexicon = try testLexicon(entries: ["sende … som kjøtt | test.meat | negative | 3 | gap"])
        #expect(try findHits("Soldatene ble sendt frem som kjøtt.", in: lexicon).map(\.matched) == ["sendt frem som kjøtt"])
        #expect(try findHits("De sendte guttene rett inn som kjøtt.", in: lexicon).map(\.matched) == ["sendte guttene rett inn som kjøtt"])
        #expect(try findHits("De sender som kjøtt.", in: lexicon).map(\.matched) == ["sender som kjøtt"])
        #expect(try findHits("De sendte alle de unge guttene som kjøtt.", in: lexicon).isEmpty)
    }

    @Test func explicitGapLengthAndSentenceLimit() throws {
        let lexicon = try testLexicon(entries: ["sende ..5 kjøtt | test.meat | negative | 3 | long gap"])
        #expect(try findHits("De sendte alle de unge guttene som kjøtt.", in: lexicon).count == 1)
        // A gap never crosses a sentence end.
        #expect(try findHits("De sendte brev. Kjøtt er dyrt.", in: lexicon).isEmpty)
    }

    // MARK: Conditions

    static let meatLexicon = [
        "kjøtt | test.expendability | negative | 2 | framing sense only | sende;kanon* | fisk;pris;=deig",
    ]

    @Test(arguments: [
        ("Guttene ble sendt som kjøtt mot linjene.", true),
        ("De var kjøtt for kanonene.", true),
        ("Han kjøpte kjøtt og fisk.", false),
        ("Prisen på kjøtt steg igjen.", false),
        ("Kjøttdeig er billig.", false),
        ("De sendte kjøtt og fisk til fronten.", false),
    ])
    func contextAndExclusionDecideTheFramingSense(sentence: String, counts: Bool) throws {
        let hits = try findHits(sentence, in: try testLexicon(entries: MatcherTests.meatLexicon))
        #expect(hits.isEmpty == !counts, "\(sentence): \(hits)")
    }

    @Test func contextMatchIsTraced() throws {
        let hits = try findHits("Guttene ble sendt som kjøtt.", in: try testLexicon(entries: MatcherTests.meatLexicon))
        #expect(hits.count == 1)
        #expect(hits.first?.steps == ["context"])
        #expect(hits.first?.stepTexts == ["context \"sendt\" found"])
    }

    @Test func contextMustBeWithinSixTokens() throws {
        let lexicon = try testLexicon(entries: MatcherTests.meatLexicon)
        // "sendt" and "kjøtt" six token steps apart: counts; seven: does not.
        #expect(try findHits("De ble sendt ut i en lang kolonne som kjøtt.", in: lexicon).isEmpty)
        #expect(try findHits("De ble sendt ut i en kolonne som kjøtt.", in: lexicon).count == 1)
    }

    @Test func rejectedCandidatesSayWhy() throws {
        let matcher = Matcher(lexicon: try testLexicon(entries: MatcherTests.meatLexicon))
        let session = try LexiconSession(matcher: matcher)
        let (analysis, rejected) = session.analyseWithRejections(Text("Han kjøpte kjøtt og fisk. Kjøtt er mat."))
        #expect(analysis.hits.isEmpty)
        #expect(rejected.map(\.reason) == [.excluded(by: 4..<5), .noContext])
    }

    // MARK: Overlaps

    @Test func longestMatchWinsWithinALayer() throws {
        let lexicon = try testLexicon(entries: [
            "mangel | test.shortage | negative | 1 | bare noun",
            "mangel på våpen | test.weapons | negative | 3 | phrase",
            "våpen | test.arms | neutral | 1 | topic",
            "mangel | sentiment | negative | 1 | another layer",
        ])
        let hits = try findHits("Det er mangel på våpen.", in: lexicon)
        // Same start: the shorter span first (order: sentence, first token, last token, entry).
        #expect(hits.map(\.pattern) == ["mangel", "mangel på våpen"])
        #expect(hits.map(\.category) == ["sentiment", "test.weapons"])
    }

    @Test func equalLengthOverlapsGoToTheEarlierStartThenEarlierEntry() throws {
        let lexicon = try testLexicon(entries: [
            "stor mangel | test.b | negative | 1 | second",
            "høy stor | test.a | negative | 1 | first",
            "=stor =mangel | test.c | negative | 1 | same span, later entry",
        ])
        let hits = try findHits("Det er høy stor mangel.", in: lexicon)
        #expect(hits.map(\.category) == ["test.a"])
        let tie = try findHits("Det er stor mangel.", in: lexicon)
        #expect(tie.map(\.category) == ["test.b"])
    }

    @Test func hitsAreInDocumentOrderAndDeterministic() throws {
        let lexicon = try testLexicon(entries: [
            "god | sentiment | positive | 2 | good", "krig | test.war | neutral | 1 | topic",
            "dårlig | sentiment | negative | 2 | bad",
        ])
        let text = "Krigen er dårlig. Freden er god, og krigen er ikke god."
        let first = try findHits(text, in: lexicon)
        #expect(first.map(\.matched) == ["Krigen", "dårlig", "god", "krigen", "god"])
        for _ in 0..<3 {
            #expect(try findHits(text, in: lexicon).map(\.description) == first.map(\.description))
        }
    }

    // MARK: Offsets

    @Test func offsetsAreScalarOffsetsOfTheMatchedWords() throws {
        let matcher = Matcher(lexicon: try testLexicon(entries: ["bra | sentiment | positive | 2 | good"]))
        let source = "🙂 Det gikk bra."
        let analysis = try LexiconSession(matcher: matcher).analyse(Text(source))
        let hit = try #require(analysis.hits.first)
        let range = hit.scalarRange(in: analysis.segmentation.text)
        #expect(source.scalarSlice(range) == "bra")
        #expect(hit.matched(in: analysis.segmentation.text) == "bra")
        #expect(analysis.segmentation.string(hit.bytes) == "bra")
        #expect(hit.sentence == 0)
    }

    @Test func hitsOfASentenceAreFoundByIndex() throws {
        let matcher = Matcher(lexicon: try testLexicon(entries: ["bra | sentiment | positive | 2 | good"]))
        let analysis = try LexiconSession(matcher: matcher).analyse(Text("Bra. Ingenting her. Bra og bra."))
        #expect(analysis.hits(inSentence: 0).count == 1)
        #expect(analysis.hits(inSentence: 1).isEmpty)
        #expect(analysis.hits(inSentence: 2).count == 2)
    }

    // MARK: Default lexicon ("done when" sentences of issue 3)

    @Test func defaultLexiconFindsExpendabilityInMeatFraming() throws {
        let hits = try findHits("Soldatene ble sendt frem som kjøtt.", matcher: defaultMatcher)
        #expect(hits.contains { $0.category == "grievance.expendability" && $0.matched == "sendt frem som kjøtt" }, "\(hits)")
    }

    @Test func defaultLexiconFindsNothingInFoodMeat() throws {
        let hits = try findHits("Han kjøpte kjøtt og fisk.", matcher: defaultMatcher)
        #expect(hits.isEmpty, "\(hits)")
    }

    @Test(arguments: ["De mangler våpen.", "Alle klaget over mangelen på våpnene."])
    func defaultLexiconFindsEquipmentShortage(sentence: String) throws {
        let hits = try findHits(sentence, matcher: defaultMatcher)
        #expect(hits.contains { $0.category == "grievance.equipment_shortage" && !$0.negated && $0.weight < 0 }, "\(hits)")
    }

    @Test func defaultLexiconDoesNotCountNoShortage() throws {
        let hits = try findHits("Det er ingen mangel på våpen i brigaden.", matcher: defaultMatcher)
        #expect(!hits.contains { $0.category == "grievance.equipment_shortage" && $0.weight != 0 }, "\(hits)")
    }

    @Test func defaultLexiconNegatesNotGood() throws {
        let hits = try findHits("Det er ikke bra.", matcher: defaultMatcher)
        let hit = try #require(hits.first { $0.matched == "bra" })
        #expect(hit.negated && hit.steps.contains("negated") && hit.weight < 0, "\(hits)")
    }

    @Test func defaultLexiconIntensifiesVeryBad() throws {
        let hits = try findHits("Det er svært dårlig.", matcher: defaultMatcher)
        let hit = try #require(hits.first { $0.matched == "dårlig" })
        #expect(hit.intensified && hit.steps.contains("intensified") && hit.weight < hit.base, "\(hits)")
    }
}
