import Testing
@testable import Lexicon

@Suite struct ModifierTests {
    static let lexicon: LexiconSet = {
        do {
            return try testLexicon(entries: [
                "bra | sentiment | positive | 2 | good", "god | sentiment | positive | 2 | good",
                "fornøyd | sentiment | positive | 2 | pleased", "trygg | sentiment | positive | 2 | safe",
                "støtte | sentiment | positive | 1 | support", "hjelp | sentiment | positive | 1 | help",
                "dårlig | sentiment | negative | 2 | bad", "bekymret | sentiment | negative | 2 | worried",
                "problem | sentiment | negative | 2 | problem", "løse | sentiment | positive | 1 | solved",
                "uakseptabel | sentiment | negative | 3 | unacceptable", "helt | sentiment | positive | 2 | hero (a homograph of the adverb)",
                "mangel på våpen | grievance.equipment_shortage | negative | 3 | lack of weapons",
                "mangle … våpen | grievance.equipment_shortage | negative | 3 | lacking weapons",
                "uten våpen | grievance.equipment_shortage | negative | 2 | the negator is part of the entry",
                "hjelm | grievance.equipment_shortage | negative | 1 | lacking helmets | ingen;ikke;uten",
            ], modifiers: standardTestModifiers)
        } catch { fatalError("\(error)") }
    }()

    func hits(_ sentence: String) throws -> [FoundHit] { try findHits(sentence, matcher: ModifierTests.matcher) }
    static let matcher = Matcher(lexicon: lexicon)

    func hit(_ word: String, in sentence: String) throws -> FoundHit {
        let found = try hits(sentence)
        return try #require(found.first { $0.matched.lowercased() == word.lowercased() }, "\(word) in \(sentence): \(found)")
    }

    // MARK: Negators

    @Test(arguments: [
        ("Det er ikke bra.", "bra", "ikke"),
        ("Det var aldri bra.", "bra", "aldri"),
        ("Det kom ingen støtte.", "støtte", "ingen"),
        ("Ingenting var bra.", "bra", "Ingenting"),
        ("Intet var godt.", "godt", "Intet"),
        ("Han er ikke fornøyd.", "fornøyd", "ikke"),
        ("Det er slett ikke bra.", "bra", "slett ikke"),
        ("Det er langt ifra godt.", "godt", "langt ifra"),
        ("Det er ikke noe godt tegn.", "godt", "ikke noe"),
    ])
    func negatorBeforeTheHitFlipsAndDamps(sentence: String, word: String, negator: String) throws {
        let found = try hit(word, in: sentence)
        #expect(found.negated)
        #expect(approximately(found.weight, -0.5 * found.base), "\(found)")
        #expect(found.stepTexts.first == "negated by \"\(negator)\" (× -0.5)")
    }

    @Test func weakNegatorDampsMore() throws {
        let found = try hit("bra", in: "Det er neppe bra.")
        #expect(found.negated && approximately(found.weight, -0.5))
    }

    @Test(arguments: ["Fornøyd er han ikke.", "Helt fornøyd var hun aldri.", "– Fornøyd er jeg ikke med svaret."])
    func negatorAfterAClauseInitialHitCountsInV2Order(sentence: String) throws {
        let found = try hit("fornøyd", in: sentence)
        #expect(found.negated, "\(found)")
    }

    @Test func negatorClosingTheClauseAfterTheVerbNegatesTheSubject() throws {
        #expect(try hit("hjelpen", in: "Hjelpen kom aldri.").negated)
    }

    @Test func negatorBeforeAnotherPredicateLeavesTheSubjectAlone() throws {
        let sentence = "Problemet er ikke løst."
        #expect(try !hit("problemet", in: sentence).negated)
        #expect(try hit("løst", in: sentence).negated)
    }

    @Test func negatorScopeEndsAtTheClause() throws {
        #expect(try !hit("fornøyd", in: "Det er ikke slik at han er fornøyd.").negated)
        #expect(try !hit("trygge", in: "Ikke alle var fornøyde, men de var trygge.").negated)
        #expect(try hit("fornøyde", in: "Ikke alle var fornøyde, men de var trygge.").negated)
        #expect(try !hit("bra", in: "Vi vet ikke, og det er bra.").negated)
    }

    @Test func negatorReachesFourTokens() throws {
        #expect(try hit("bra", in: "Det er ikke særlig mye bra.").negated)
        #expect(try !hit("bra", in: "Ikke hver eneste gammel bil er bra.").negated)
    }

    @Test func verkenEllerNegatesBothConjuncts() throws {
        let sentence = "Maten var verken god eller trygg."
        #expect(try hit("god", in: sentence).negated)
        #expect(try hit("trygg", in: sentence).negated)
        #expect(try hit("trygg", in: "De var hverken fornøyd eller trygg.").negated)
    }

    @Test func utenNegatesOnlyThePhraseItGoverns() throws {
        #expect(try hit("støtte", in: "De sto igjen uten støtte.").negated)
        #expect(try !hit("dårlig", in: "Uten støtte fra ledelsen ble alt dårlig.").negated)
    }

    @Test func aNegatorInsideTheEntryDoesNotNegateIt() throws {
        let found = try hit("uten våpen", in: "De ble sendt ut uten våpen.")
        #expect(!found.negated && found.weight == -2)
    }

    @Test func aNegatorInAGapNegatesTheEntry() throws {
        let found = try hit("mangler ikke våpen", in: "De mangler ikke våpen.")
        #expect(found.negated && found.weight == 0)
    }

    @Test func negatedFramingHitIsKeptWithWeightZero() throws {
        let found = try hit("mangel på våpen", in: "Det er ingen mangel på våpen.")
        #expect(found.negated && found.weight == 0)
        #expect(found.stepTexts == ["negated by \"ingen\": kept, weight 0"])
    }

    @Test func aNegatorThatIsTheEntrysContextDoesNotNegateIt() throws {
        let found = try hit("hjelm", in: "Han hadde ingen hjelm.")
        #expect(!found.negated && found.weight == -1)
        #expect(found.steps == ["context"])
    }

    @Test func ikkeBareIsNotANegation() throws {
        let found = try hit("bra", in: "Det er ikke bare bra.")
        #expect(!found.negated && found.intensified && approximately(found.weight, 2.5))
    }

    // MARK: Intensifiers and dampeners

    @Test(arguments: [
        ("Det er svært dårlig.", "dårlig", -3.0),
        ("Det var veldig bra.", "bra", 3.0),
        ("Det er ekstremt dårlig.", "dårlig", -3.6),
        ("Det er særdeles godt.", "godt", 3.2),
        ("Det ble altfor dårlig.", "dårlig", -3.2),
    ])
    func intensifierBeforeTheHitMultiplies(sentence: String, word: String, weight: Double) throws {
        let found = try hit(word, in: sentence)
        #expect(found.intensified && approximately(found.weight, weight), "\(found)")
    }

    @Test func intensifiersChain() throws {
        let found = try hit("bedre", in: "Det ble svært mye bedre.")
        #expect(approximately(found.weight, 2 * 1.3 * 1.5))
        #expect(found.steps == ["intensified", "intensified"])
    }

    @Test func intensifierOutOfReachDoesNothing() throws {
        let found = try hit("fornøyde", in: "Svært mange av dem var fornøyde.")
        #expect(!found.intensified && found.weight == 2)
    }

    @Test(arguments: [
        ("Hun var litt bekymret.", "bekymret", -1.2),
        ("Det var ganske bra.", "bra", 1.6),
        ("Det var nesten bra.", "bra", 1.4),
    ])
    func dampenerBeforeTheHitMultiplies(sentence: String, word: String, weight: Double) throws {
        let found = try hit(word, in: sentence)
        #expect(!found.intensified && found.steps == ["dampened"] && approximately(found.weight, weight), "\(found)")
    }

    @Test func anAdverbThatIsAlsoAnEntryGradesTheNextHit() throws {
        let found = try hits("Det er helt uakseptabelt.")
        #expect(found.map(\.matched) == ["uakseptabelt"])
        #expect(approximately(found[0].weight, -4.5))
        #expect(try hits("Han er en helt.").map(\.matched) == ["helt"])
    }

    @Test func intensifiedNegationStaysNegated() throws {
        let found = try hit("bra", in: "Det er ikke veldig bra.")
        #expect(found.negated && found.intensified && approximately(found.weight, -1.5))
    }

    // MARK: Contrast

    @Test func adversativeWeighsTheClauseAfterMore() throws {
        let sentence = "Maten var god, men tjenesten var dårlig."
        let before = try hit("god", in: sentence), after = try hit("dårlig", in: sentence)
        #expect(approximately(before.weight, 1) && before.steps == ["contrast_before"])
        #expect(approximately(after.weight, -3) && after.steps == ["contrast_after"])
    }

    @Test(arguments: ["Likevel var de fornøyde.", "De var imidlertid fornøyde."])
    func sentenceAdverbContrastWeighsWhatFollows(sentence: String) throws {
        let found = try hit("fornøyde", in: sentence)
        #expect(approximately(found.weight, 3) && found.steps == ["contrast_after"])
    }

    @Test func concessiveClauseWeighsLess() throws {
        let sentence = "Selv om maten var dårlig, var stemningen god."
        let conceded = try hit("dårlig", in: sentence), main = try hit("god", in: sentence)
        #expect(approximately(conceded.weight, -1) && conceded.steps == ["contrast_concessive"])
        #expect(main.weight == 2 && main.steps.isEmpty)
    }

    @Test func contrastWordIsNotAnEntryOfItsOwn() throws {
        #expect(try hits("Men det var alt.").isEmpty)
    }
}
