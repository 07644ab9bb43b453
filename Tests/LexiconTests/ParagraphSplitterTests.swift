import Testing
@testable import Lexicon

/// Paragraphs: blank lines, one paragraph per line, hard wrapping, and paragraph kinds.
@Suite struct ParagraphSplitterTests {
    /// An article hard-wrapped at about 70 characters, with a dash quote and a caption.
    static let hardWrapped = """
    Kraftig uvær herjer på Vestlandet natt til tirsdag, og flere hundre
    husstander er fortsatt uten strøm etter at stormen traff kysten med full
    styrke i går kveld. Nettselskapet jobber på spreng for å rette feilene.
    – Vi har mannskap ute overalt, sier beredskapsleder Kari Nilsen til
    avisen onsdag morgen, og legger til at arbeidet kan ta flere dager.
    STRØMLØST: Mange kunder må klare seg uten strøm i flere døgn, og
    kommunen åpner derfor et varmested i idrettshallen fra klokken 18.

    """

    @Test func hardWrappedLinesJoinIntoParagraphs() throws {
        let segmentation = try segment(Self.hardWrapped)
        #expect(segmentation.paragraphKinds == [.body, .dash, .caption])
        #expect(segmentation.sentenceTexts(inParagraph: 0) == [
            "Kraftig uvær herjer på Vestlandet natt til tirsdag, og flere hundre\nhusstander er fortsatt uten strøm etter at stormen traff kysten med full\nstyrke i går kveld.",
            "Nettselskapet jobber på spreng for å rette feilene.",
        ])
        #expect(segmentation.sentenceTexts(inParagraph: 1) == [
            "– Vi har mannskap ute overalt, sier beredskapsleder Kari Nilsen til\navisen onsdag morgen, og legger til at arbeidet kan ta flere dager.",
        ])
        #expect(segmentation.sentenceTexts(inParagraph: 2) == [
            "STRØMLØST: Mange kunder må klare seg uten strøm i flere døgn, og\nkommunen åpner derfor et varmested i idrettshallen fra klokken 18.",
        ])
    }

    @Test func hardWrappedTokensDoNotSeeLineBreaks() throws {
        let segmentation = try segment(Self.hardWrapped)
        let first = segmentation.tokenTexts(inSentence: 0)
        #expect(first.contains("hundre"))
        #expect(first.contains("husstander"))
        #expect(first.allSatisfy { !$0.contains("\n") })
    }

    @Test func shortLineEndsHardWrappedParagraph() throws {
        let text = """
        Regjeringen la i dag fram forslaget til nytt statsbudsjett, og det
        blir færre penger til kommunene enn mange hadde ventet seg i
        høst. Opposisjonen er kritisk.
        Finansministeren forsvarer likevel budsjettet og sier at det er helt
        nødvendig å holde igjen når prisene stiger så raskt som de gjør nå.
        """
        let segmentation = try segment(text)
        #expect(segmentation.paragraphs.count == 2)
        #expect(segmentation.sentenceTexts(inParagraph: 0).last == "Opposisjonen er kritisk.")
        #expect(segmentation.sentenceTexts(inParagraph: 1).first?.hasPrefix("Finansministeren forsvarer") == true)
    }

    @Test func onePerLineFileKeepsEveryLineAsParagraph() throws {
        let text = """
        Regjeringen la fram statsbudsjettet for neste år i dag.
        Finansministeren sier at budsjettet er stramt, men ansvarlig.
        Opposisjonen kaller det et svik mot distriktene.
        """
        let segmentation = try segment(text)
        #expect(segmentation.paragraphs.count == 3)
        #expect(segmentation.paragraphKinds == [.body, .body, .body])
        #expect(segmentation.paragraphTexts == text.split(separator: "\n").map(String.init))
    }

    @Test func blankLinesSeparateParagraphs() throws {
        let segmentation = try segment("Første avsnitt.\n\n\nAndre avsnitt.\n  \t\nTredje avsnitt.")
        #expect(segmentation.paragraphTexts == ["Første avsnitt.", "Andre avsnitt.", "Tredje avsnitt."])
    }

    @Test func paragraphRangesExcludeSurroundingSpace() throws {
        let segmentation = try segment("   Innrykket avsnitt med mellomrom. \u{2009}\t\n\u{00A0}Og et til.\u{00A0}\u{2009}")
        #expect(segmentation.paragraphTexts == ["Innrykket avsnitt med mellomrom.", "Og et til."])
    }

    @Test func captionLabelStaysInFirstSentence() throws {
        let segmentation = try segment("SKADET: En mann (45) ble fraktet til sykehus etter ulykken. Han er nå stabil.")
        #expect(segmentation.paragraphKinds == [.caption])
        #expect(segmentation.paragraphs[0].marker.map(segmentation.string) == "SKADET:")
        #expect(segmentation.sentenceTexts == ["SKADET: En mann (45) ble fraktet til sykehus etter ulykken.", "Han er nå stabil."])
        #expect(segmentation.tokenTexts(inSentence: 0).prefix(6) == ["SKADET", ":", "En", "mann", "(", "45"])
    }

    @Test(arguments: ["HENSTILLING: Kvinnene ber om svar.", "NY REKORD: Aldri har flere reist med toget.", "STORTINGSVALGET 2025: Partiene samler seg."])
    func allCapsLabelMakesCaption(line: String) throws {
        #expect(try segment(line).paragraphKinds == [.caption])
    }

    @Test(arguments: ["Statsministeren: Vi må stå sammen.", "OK: Det går bra.", "Kl. 14: Møtet starter."])
    func mixedCaseOrShortLabelIsNoCaption(line: String) throws {
        #expect(try segment(line).paragraphKinds != [.caption])
    }

    @Test func captionLineStartsNewParagraphInsideBlock() throws {
        let segmentation = try segment("Flere veier er stengt.\nSTENGT: Riksvei 7 over Hardangervidda.")
        #expect(segmentation.paragraphKinds == [.body, .caption])
    }

    @Test func headlineWithoutFinalPunctuationIsHeadline() throws {
        let segmentation = try segment("Soldatenes koner krever svar\n\nKvinnene har skrevet et brev til forsvarsministeren. De vil vite hvor mennene er.")
        #expect(segmentation.paragraphKinds == [.headline, .body])
        #expect(segmentation.sentenceTexts == [
            "Soldatenes koner krever svar",
            "Kvinnene har skrevet et brev til forsvarsministeren.",
            "De vil vite hvor mennene er.",
        ])
    }

    @Test func headlineOnLineBeforeBodyIsHeadline() throws {
        let segmentation = try segment("Kraftig uvær herjer på Vestlandet\nFlere hundre husstander er uten strøm etter at stormen traff kysten.")
        #expect(segmentation.paragraphKinds == [.headline, .body])
        #expect(segmentation.sentences.count == 2)
    }

    @Test(arguments: ["Hva skjer nå?", "«Vi gir oss ikke.»", "Slutt på moroa!", "Dette er en setning."])
    func lineEndingInSentencePunctuationIsBody(line: String) throws {
        #expect(try segment(line).paragraphKinds == [.body])
    }

    @Test func headlineEndingInQuotedNameIsHeadline() throws {
        #expect(try segment("Ny sesong av «Exit»").paragraphKinds == [.headline])
    }

    @Test func headlineWithDashQuoteIsHeadline() throws {
        let segmentation = try segment("Statsministeren: – Vi må stå sammen\n\nPå pressekonferansen sa hun at landet står overfor store utfordringer.")
        #expect(segmentation.paragraphKinds == [.headline, .body])
    }

    @Test func dashLinesInsideBlockAreSeparateParagraphs() throws {
        let segmentation = try segment("Hun forteller om natten.\n– Det var forferdelig.\n– Vi trodde huset skulle brenne ned.")
        #expect(segmentation.paragraphKinds == [.body, .dash, .dash])
        #expect(segmentation.paragraphs[1].marker.map(segmentation.string) == "–")
    }
}
