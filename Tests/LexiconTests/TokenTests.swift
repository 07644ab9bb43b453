import Testing
@testable import Lexicon

/// Tokens: hyphen compounds, kinds, folded forms.
@Suite struct TokenTests {
    @Test(arguments: ["NATO-sjefen", "Kursk-regionen", "e-post", "tv-serien", "18-åringen", "2020-tallet", "Ålesund-laget"])
    func hyphenCompoundIsOneWordToken(compound: String) throws {
        let segmentation = try segment("I går uttalte \(compound) seg.")
        #expect(segmentation.tokenTexts == ["I", "går", "uttalte", compound, "seg", "."])
        #expect(segmentation.kind(of: compound) == .word)
    }

    @Test func suspendedHyphenStaysOnFirstWord() throws {
        let segmentation = try segment("Sverdlovsk- og Perm-regionene er rammet av flom.")
        #expect(segmentation.tokenTexts == ["Sverdlovsk-", "og", "Perm-regionene", "er", "rammet", "av", "flom", "."])
        let list = try segment("Han leder miljø-, plan- og samferdselskomiteen, sa hun.")
        #expect(list.tokenTexts == ["Han", "leder", "miljø-", ",", "plan-", "og", "samferdselskomiteen", ",", "sa", "hun", "."])
        #expect(segmentation.tokenKinds.prefix(3) == [.word, .word, .word])
    }

    @Test func suspendedHyphenBeforeCommaStaysOnItsWord() throws {
        let segmentation = try segment("Helse-, skole- og kultursektoren får mer.")
        #expect(segmentation.tokenTexts == ["Helse-", ",", "skole-", "og", "kultursektoren", "får", "mer", "."])
        #expect(segmentation.tokenKinds.prefix(2) == [.word, .punctuation])
    }

    @Test func enDashBetweenScoresIsPunctuationBetweenNumbers() throws {
        let segmentation = try segment("Norge vant 3–1 over Sverige.")
        #expect(segmentation.tokenTexts == ["Norge", "vant", "3", "–", "1", "over", "Sverige", "."])
        #expect(segmentation.tokenKinds == [.word, .word, .number, .punctuation, .number, .word, .word, .punctuation])
    }

    @Test func tokenKindsOfWordsNumbersPunctuationAndSymbols() throws {
        let segmentation = try segment("Prisen steg 12 % til 1500 kroner + moms, sier han 😊.")
        #expect(segmentation.tokenTexts == ["Prisen", "steg", "12", "%", "til", "1500", "kroner", "+", "moms", ",", "sier", "han", "😊", "."])
        #expect(segmentation.tokenKinds == [
            .word, .word, .number, .punctuation, .word, .number, .word, .symbol, .word, .punctuation, .word, .word, .symbol, .punctuation,
        ])
    }

    @Test(arguments: ["«", "»", "‹", "›", "“", "”", "‘", "’", "(", ")", "\""])
    func quotationMarksAndBracketsArePunctuation(mark: String) throws {
        let segmentation = try segment("Hun sa \(mark)ja\(mark) til slutt.")
        #expect(segmentation.kind(of: mark) == .punctuation)
    }

    @Test func lexicalKindsAreWordsAndNumbers() {
        #expect(TokenKind.allCases.filter(\.isLexical) == [.word, .number])
        #expect(TokenKind.allCases.map(\.description) == ["word", "number", "punctuation", "symbol", "url", "email"])
    }

    @Test func foldedFormsLowercaseNorwegianLetters() throws {
        let segmentation = try segment("ÆRLIG TALT, sa ØYVIND ÅSEN.")
        #expect(segmentation.foldedForms == ["ærlig", "talt", ",", "sa", "øyvind", "åsen", "."])
    }

    @Test func foldedCompoundKeepsHyphen() throws {
        let segmentation = try segment("NATO-sjefen kom.")
        #expect(segmentation.foldedForms == ["nato-sjefen", "kom", "."])
    }

    @Test func decomposedRingFoldsLikePrecomposed() throws {
        let segmentation = try segment("Ba\u{30A}ten og båten og BÅTEN.")
        #expect(segmentation.tokenTexts[0] == "Ba\u{30A}ten")
        #expect(segmentation.foldedForms == ["båten", "og", "båten", "og", "båten", "."])
        #expect(segmentation.tokens.forms[0] == segmentation.tokens.forms[2])
        #expect(segmentation.tokens.forms[0] == segmentation.tokens.forms[4])
    }

    @Test func decomposedTokenOffsetsCountEveryScalar() throws {
        let segmentation = try segment("Ba\u{30A}ten sank.")
        #expect(segmentation.scalarRange(segmentation.tokens.range(0)) == 0..<6)
        #expect(segmentation.scalarRange(segmentation.tokens.range(1)) == 7..<11)
    }

    @Test func typographicApostropheFoldsToAscii() throws {
        let segmentation = try segment("Pers’ bil")
        #expect(segmentation.foldedForms == ["pers", "'", "bil"])
    }

    @Test func foldingStringsMatchesTokenFolding() {
        #expect("NATO-Sjefen".stanceFolded == "nato-sjefen")
        #expect("ÅSEN".stanceFolded == "åsen")
        #expect("A\u{30A}SEN".stanceFolded == "åsen")
        #expect("Straße".stanceFolded == "straße")
        #expect("‘Ja’".stanceFolded == "'ja'")
    }

    @Test func sameWordInDifferentCaseSharesFormId() throws {
        let segmentation = try segment("Krig er krig, og KRIG er krig.")
        let ids = (0..<segmentation.tokens.count).filter { segmentation.foldedForms[$0] == "krig" }.map { segmentation.tokens.forms[$0] }
        #expect(ids.count == 4)
        #expect(Set(ids).count == 1)
        #expect(segmentation.forms.count == 5) // krig, er, ",", og, "."
    }

    @Test func tokensOfEachSentenceStayInsideIt() throws {
        let segmentation = try segment("Det smalt i natt. – Vi våknet av braket, sier naboen.")
        #expect(segmentation.tokenTexts(inSentence: 0) == ["Det", "smalt", "i", "natt", "."])
        #expect(segmentation.tokenTexts(inSentence: 1) == ["–", "Vi", "våknet", "av", "braket", ",", "sier", "naboen", "."])
    }
}
