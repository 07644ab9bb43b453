import Testing
@testable import Lexicon

/// Sentence boundaries on Norwegian news text: ICU's proposals plus ``SentenceRules``.
@Suite struct SegmenterTests {
    /// The four ways Norwegian newspapers open direct speech.
    static let quoteDashes = ["\u{2013}", "\u{2014}", "\u{2212}", "-"]

    // MARK: Dashes

    @Test(arguments: quoteDashes)
    func dashQuoteAfterSentenceStartsNewSentence(dash: String) throws {
        let segmentation = try segment("Situasjonen er alvorlig, sier ordføreren. \(dash) Vi må evakuere hele bygda i kveld.")
        #expect(segmentation.sentenceTexts == [
            "Situasjonen er alvorlig, sier ordføreren.",
            "\(dash) Vi må evakuere hele bygda i kveld.",
        ])
        #expect(segmentation.paragraphs.count == 1)
    }

    @Test(arguments: quoteDashes)
    func dashQuoteAfterQuestionStartsNewSentence(dash: String) throws {
        let segmentation = try segment("Hvorfor kom ingen? \(dash) Vi ventet i tre timer, sier hun.")
        #expect(segmentation.sentenceTexts == ["Hvorfor kom ingen?", "\(dash) Vi ventet i tre timer, sier hun."])
    }

    @Test(arguments: quoteDashes)
    func dashOpeningParagraphMakesDashParagraph(dash: String) throws {
        let segmentation = try segment("Brannen startet i natt.\n\(dash) Vi så flammene fra stua, forteller naboen.")
        #expect(segmentation.paragraphKinds == [.body, .dash])
        let paragraph = segmentation.paragraphs[1]
        #expect(paragraph.marker.map(segmentation.string) == dash)
        #expect(segmentation.sentenceTexts(inParagraph: 1) == ["\(dash) Vi så flammene fra stua, forteller naboen."])
    }

    @Test func dashWithoutSpaceOpensDashParagraph() throws {
        let segmentation = try segment("\u{2014}Ingen har svart oss, sier hun.")
        #expect(segmentation.paragraphKinds == [.dash])
        #expect(segmentation.sentenceTexts == ["\u{2014}Ingen har svart oss, sier hun."])
    }

    @Test func dashAfterClosingGuillemetStartsNewSentence() throws {
        let segmentation = try segment("«Det er over nå.» – Vi gir oss, sier lagkapteinen.")
        #expect(segmentation.sentenceTexts == ["«Det er over nå.»", "– Vi gir oss, sier lagkapteinen."])
    }

    @Test func dashAfterColonStaysInSentence() throws {
        let segmentation = try segment("Han svarte kort: – Vi kommer aldri tilbake hit.")
        #expect(segmentation.sentenceTexts == ["Han svarte kort: – Vi kommer aldri tilbake hit."])
    }

    @Test func spacedHyphenBetweenWordsIsNoQuoteDash() throws {
        let segmentation = try segment("Dette er ikke en krise - ennå, mener økonomen.")
        #expect(segmentation.sentenceTexts == ["Dette er ikke en krise - ennå, mener økonomen."])
        #expect(segmentation.kind(of: "-") == .punctuation)
    }

    @Test(arguments: ["Kampen endte 2 – 1 etter ekstraomganger.", "Åpent hver dag kl. 10 – 16 i sommer."])
    func dashBeforeNumberIsARangeNotSpeech(sentence: String) throws {
        #expect(try segment(sentence).sentenceTexts == [sentence])
    }

    @Test(arguments: ["\u{2212}5 grader er ventet i natt.", "\u{2013}3 prosent var fasiten i fjor."])
    func dashGluedToNumberDoesNotOpenDashParagraph(sentence: String) throws {
        let segmentation = try segment(sentence)
        #expect(segmentation.paragraphKinds == [.body])
        #expect(segmentation.sentenceTexts == [sentence])
    }

    @Test func dashParagraphWithSeveralSentencesKeepsThemApart() throws {
        let segmentation = try segment("– Vi er redde. Ingen forteller oss noe, sier kvinnen. – Hvor er de?")
        #expect(segmentation.paragraphKinds == [.dash])
        #expect(segmentation.sentenceTexts == ["– Vi er redde.", "Ingen forteller oss noe, sier kvinnen.", "– Hvor er de?"])
    }

    // MARK: Question and exclamation marks

    @Test func questionBeforeLowercaseSpeechVerbIsOneSentence() throws {
        #expect(try segment("– Hvorfor det? spør hun.").sentenceTexts == ["– Hvorfor det? spør hun."])
    }

    @Test func exclamationInGuillemetsBeforeLowercaseVerbIsOneSentence() throws {
        #expect(try segment("«Stopp bilen!» ropte vakten ved porten.").sentenceTexts == ["«Stopp bilen!» ropte vakten ved porten."])
    }

    @Test func exclamationInDoubleQuotesBeforeLowercaseVerbIsOneSentence() throws {
        let segmentation = try segment("\"Nei!\" ropte hun til politiet. Så løp hun.")
        #expect(segmentation.sentenceTexts == ["\"Nei!\" ropte hun til politiet.", "Så løp hun."])
    }

    @Test func questionBeforeCapitalEndsSentence() throws {
        let segmentation = try segment("Hva skjer etter valget? Ingen vet det sikkert.")
        #expect(segmentation.sentenceTexts == ["Hva skjer etter valget?", "Ingen vet det sikkert."])
    }

    // MARK: Abbreviations

    @Test(arguments: [
        ("Kommunen har bl.a. Statens vegvesen med på laget.", "Arbeidet starter i mai."),
        ("Flere land, f.eks. Sverige og Finland, har skjerpet reglene.", "Norge venter."),
        ("Fylket bevilget 3 mill. Kroner til nye ferjer i fjor.", "Pengene er brukt opp."),
        ("Overskuddet endte på 4,2 mrd. kroner i fjor.", "Styret er fornøyd."),
        ("Det kom ca. 200 demonstranter til Eidsvolls plass.", "Politiet var til stede."),
        ("Han stilte til start med nr. 12 på brystet.", "Hun fikk nummer 13."),
        ("Mange ble forsinket pga. Ruters signalfeil i tunnelen.", "Feilen er nå rettet."),
        ("Tiltaket gjelder alle voksne, dvs. Alle over 18 år.", "Barn er unntatt."),
        ("Hun kjøpte melk, brød, egg osv. og dro rett hjem.", "Butikken stengte like etter."),
        ("Møtet starter kl. 14.30 i bystyresalen.", "Alle er velkomne."),
        ("Han vokste opp i St. Petersburg før krigen.", "Nå bor han i Bergen."),
        ("Pasienten ble behandlet av dr. Larsen på Ullevål.", "Hun er nå utskrevet."),
        ("Rapporten er skrevet av prof. Nordby ved NTNU.", "Den kom i går."),
        ("Prisen på strøm er iflg. Statnett ventet å stige.", "Forbrukerne er bekymret."),
    ])
    func abbreviationDoesNotEndSentence(first: String, second: String) throws {
        #expect(try segment("\(first) \(second)").sentenceTexts == [first, second])
    }

    @Test func abbreviationInsideGuillemetsDoesNotEndSentence() throws {
        let text = "«Vi trenger mer, bl.a.» Ingeniører og leger mangler, sier hun."
        #expect(try segment(text).sentenceTexts == [text])
    }

    @Test func capitalisedAbbreviationAtSentenceStartIsKnown() throws {
        let text = "Bl.a. Tromsø og Bodø har søkt om støtte."
        #expect(try segment(text).sentenceTexts == [text])
    }

    /// `osv.` is left out of abbreviations.txt on purpose: before a capital it ends the sentence.
    @Test func listEndingAbbreviationBeforeCapitalEndsSentence() throws {
        let segmentation = try segment("Hun kjøpte epler, pærer osv. Neste dag var butikken tom.")
        #expect(segmentation.sentenceTexts == ["Hun kjøpte epler, pærer osv.", "Neste dag var butikken tom."])
    }

    @Test func currencyAbbreviationBeforeCapitalEndsSentence() throws {
        let segmentation = try segment("Billetten kostet 300 kr. Neste år blir den dyrere.")
        #expect(segmentation.sentenceTexts == ["Billetten kostet 300 kr.", "Neste år blir den dyrere."])
    }

    @Test func initialBeforeSurnameDoesNotEndSentence() throws {
        let text = "Brevet er signert av Jens A. Hansen på vegne av styret."
        #expect(try segment(text).sentenceTexts == [text])
    }

    @Test func capitalLetterAfterLowercaseWordEndsSentence() throws {
        let segmentation = try segment("Norge havnet i gruppe D. Irland topper gruppen.")
        #expect(segmentation.sentenceTexts == ["Norge havnet i gruppe D.", "Irland topper gruppen."])
    }

    // MARK: Numbers, ordinals and dates

    @Test(arguments: [
        "Avtalen ble signert 3. mars i Brussel.",
        "Loven trer i kraft 1. januar 2023 etter vedtaket.",
        "Barna feiret den 17. mai med tog og is.",
        "Festivalen varer 3. – 4. juli i år.",
        "Hun kom på 3. plass i sprinten.",
        "Den 9. April 1940 ble landet angrepet.",
    ])
    func ordinalDoesNotEndSentence(sentence: String) throws {
        #expect(try segment(sentence).sentenceTexts == [sentence])
    }

    @Test(arguments: [
        ("Prisene steg kraftig i 2022.", "Mars ble den verste måneden."),
        ("Kontrakten løper ut i 2025.", "Mai blir avgjørende for klubben."),
        ("Hun fylte 100.", "Desember ble feiret med stor fest."),
    ])
    func numberOfThreeOrMoreDigitsBeforeMonthEndsSentence(first: String, second: String) throws {
        #expect(try segment("\(first) \(second)").sentenceTexts == [first, second])
    }

    @Test func yearAtSentenceEndBeforeNumberEndsSentence() throws {
        let segmentation = try segment("Brua åpnet i 2019. 15 personer ble skadet i fjor.")
        #expect(segmentation.sentenceTexts == ["Brua åpnet i 2019.", "15 personer ble skadet i fjor."])
    }

    @Test func sentenceStartingWithNumberAfterFullStopIsNewSentence() throws {
        let segmentation = try segment("Han slet med skader hele sesongen. 22-åringen er likevel klar for kamp.")
        #expect(segmentation.sentenceTexts == ["Han slet med skader hele sesongen.", "22-åringen er likevel klar for kamp."])
    }

    @Test func ordinalAfterAbbreviationIsNoSentenceEnd() throws {
        let segmentation = try segment("Han ble nr. 5. Neste år satser han igjen.")
        #expect(segmentation.sentenceTexts == ["Han ble nr. 5.", "Neste år satser han igjen."])
    }

    @Test func numberedListItemIsOneSentence() throws {
        let segmentation = try segment("1. Virus låser maskinen.\n2. Løsepenger kreves.")
        #expect(segmentation.sentenceTexts == ["1. Virus låser maskinen.", "2. Løsepenger kreves."])
    }

    @Test func decimalCommaStaysInOneNumberToken() throws {
        let segmentation = try segment("Renten er nå 5,5 prosent.")
        #expect(segmentation.tokenTexts == ["Renten", "er", "nå", "5,5", "prosent", "."])
        #expect(segmentation.kind(of: "5,5") == .number)
    }

    @Test func clockTimeIsOneNumberToken() throws {
        let segmentation = try segment("Toget går kl. 14.30 fra Oslo S.")
        #expect(segmentation.sentenceTexts == ["Toget går kl. 14.30 fra Oslo S."])
        #expect(segmentation.kind(of: "14.30") == .number)
    }

    // MARK: Quotation marks

    @Test func guillemetQuoteEndingSentenceIsSentence() throws {
        let segmentation = try segment("«Vi gir oss ikke.» Så gikk han ut av rommet.")
        #expect(segmentation.sentenceTexts == ["«Vi gir oss ikke.»", "Så gikk han ut av rommet."])
    }

    @Test func nestedQuotesStayInSentence() throws {
        let text = "«Han kalte det ‹en skam for landet›, og det er det,» sier hun."
        let segmentation = try segment(text)
        #expect(segmentation.sentenceTexts == [text])
        #expect(segmentation.tokenTexts.prefix(4) == ["«", "Han", "kalte", "det"])
        #expect(segmentation.kind(of: "‹") == .punctuation)
        #expect(segmentation.kind(of: "›") == .punctuation)
    }

    @Test func doubleQuotedWordStaysInSentence() throws {
        let text = "Statsråden sa \"nei\" til forslaget fra opposisjonen."
        let segmentation = try segment(text)
        #expect(segmentation.sentenceTexts == [text])
        #expect(segmentation.tokenTexts(inSentence: 0)[2...4] == ["\"", "nei", "\""])
    }

    @Test func typographicQuotesEndingSentenceAreSentence() throws {
        let segmentation = try segment("“Det var et sjokk.” Hun tier en stund.")
        #expect(segmentation.sentenceTexts == ["“Det var et sjokk.”", "Hun tier en stund."])
    }

    // MARK: Links and symbols

    @Test func urlIsOneTokenWithoutSentenceBreakInside() throws {
        let text = "Les hele saken på https://www.nrk.no/nyheter/artikkel-1.2345 før debatten i kveld."
        let segmentation = try segment(text)
        #expect(segmentation.sentenceTexts == [text])
        #expect(segmentation.kind(of: "https://www.nrk.no/nyheter/artikkel-1.2345") == .url)
        #expect(segmentation.tokens.count == 10)
    }

    @Test func urlAtSentenceEndLeavesFullStopToSentence() throws {
        let segmentation = try segment("Saken ligger på https://www.nrk.no/nyheter/artikkel-1.2345. Neste sak handler om skatt.")
        #expect(segmentation.sentenceTexts == ["Saken ligger på https://www.nrk.no/nyheter/artikkel-1.2345.", "Neste sak handler om skatt."])
        #expect(segmentation.tokenTexts(inSentence: 0) == ["Saken", "ligger", "på", "https://www.nrk.no/nyheter/artikkel-1.2345", "."])
    }

    @Test func wwwAddressIsUrlToken() throws {
        let segmentation = try segment("Se www.aftenposten.no/verden for mer.")
        #expect(segmentation.tokenTexts == ["Se", "www.aftenposten.no/verden", "for", "mer", "."])
        #expect(segmentation.tokenKinds == [.word, .url, .word, .word, .punctuation])
    }

    @Test func urlInsideGuillemetsAndParenthesesIsUrlToken() throws {
        let segmentation = try segment("Les «https://www.vg.no/nyheter/i/abc» eller (se www.nrk.no/sport).")
        #expect(segmentation.kind(of: "https://www.vg.no/nyheter/i/abc") == .url)
        #expect(segmentation.kind(of: "www.nrk.no/sport") == .url)
        #expect(segmentation.kind(of: "»") == .punctuation)
        #expect(segmentation.kind(of: ")") == .punctuation)
    }

    @Test(arguments: [
        ("Send tips til tips@vg.no i dag.", "tips@vg.no"),
        ("Kontakt ola.nordmann@nrk.no for kommentar.", "ola.nordmann@nrk.no"),
        ("Svar kan sendes til kari_berg@aftenposten.no.", "kari_berg@aftenposten.no"),
        ("Skriv til redaksjonen (debatt@dagbladet.no) innen fredag.", "debatt@dagbladet.no"),
        ("Henvendelser rettes til presse@politiet.no", "presse@politiet.no"),
    ])
    func emailAddressIsOneEmailToken(text: String, address: String) throws {
        let segmentation = try segment(text)
        #expect(segmentation.kind(of: address) == .email)
        #expect(segmentation.sentences.count == 1)
    }

    @Test(arguments: ["👍🏽", "👨‍👩‍👧", "❤️", "🇳🇴", "🏳️‍🌈"])
    func emojiIsOneSymbolToken(emoji: String) throws {
        let segmentation = try segment("Publikum jublet \(emoji) da laget scoret.")
        #expect(segmentation.tokenTexts == ["Publikum", "jublet", emoji, "da", "laget", "scoret", "."])
        #expect(segmentation.kind(of: emoji) == .symbol)
    }

    @Test func emojiLineAloneIsHeadlineWithOneSentence() throws {
        let segmentation = try segment("Seier i Wembley 🇳🇴⚽\n\nNorge vant 2–1 i kveld.")
        #expect(segmentation.paragraphKinds == [.headline, .body])
        #expect(segmentation.sentenceTexts == ["Seier i Wembley 🇳🇴⚽", "Norge vant 2–1 i kveld."])
    }

    // MARK: Other languages and layouts

    @Test func nynorskParagraphSplitsIntoSentences() throws {
        let segmentation = try segment(
            "Det har regna i heile natt, og fleire vegar er stengde. Kommunen ber folk halde seg heime. – Vi veit ikkje kor lenge det varer, seier ordføraren."
        )
        #expect(segmentation.sentenceTexts == [
            "Det har regna i heile natt, og fleire vegar er stengde.",
            "Kommunen ber folk halde seg heime.",
            "– Vi veit ikkje kor lenge det varer, seier ordføraren.",
        ])
    }

    @Test func photoCreditIsSplitFromCaption() throws {
        let segmentation = try segment("FOTO: Kari Nordmann / NTB Politiet rykket ut til stedet i natt.")
        #expect(segmentation.sentenceTexts == ["FOTO: Kari Nordmann / NTB", "Politiet rykket ut til stedet i natt."])
    }

    @Test func parenthesisedPhotoCreditIsOwnSentence() throws {
        let segmentation = try segment("Folk samlet seg foran Stortinget. (Foto: Reuters) Mange hadde med plakater.")
        #expect(segmentation.sentenceTexts == ["Folk samlet seg foran Stortinget.", "(Foto: Reuters)", "Mange hadde med plakater."])
    }

    @Test func htmlNoBreakSpaceSeparatesSentencesAndIsNoToken() throws {
        let segmentation = try segment("Han kom hjem sent.&nbsp;Så la han seg.")
        #expect(segmentation.sentenceTexts == ["Han kom hjem sent.", "Så la han seg."])
        #expect(segmentation.tokenTexts == ["Han", "kom", "hjem", "sent", ".", "Så", "la", "han", "seg", "."])
    }

    @Test func urlEndsAtHtmlNoBreakSpace() throws {
        let segmentation = try segment("Les mer på www.vg.no&nbsp;i kveld.")
        #expect(segmentation.tokenTexts == ["Les", "mer", "på", "www.vg.no", "i", "kveld", "."])
        #expect(segmentation.kind(of: "www.vg.no") == .url)
    }

    @Test func urlWithQueryHasNoSentenceBreakInside() throws {
        let segmentation = try segment("Søk på https://www.nrk.no/sok?Id=17 for mer. Neste sak handler om skatt.")
        #expect(segmentation.sentenceTexts == ["Søk på https://www.nrk.no/sok?Id=17 for mer.", "Neste sak handler om skatt."])
        #expect(segmentation.kind(of: "https://www.nrk.no/sok?Id=17") == .url)
    }

    @Test func urlGluedToParenthesisHasNoSentenceBreakInside() throws {
        let segmentation = try segment("Se https://www.nrk.no/artikkel-1.2345.(45) her.")
        #expect(segmentation.sentences.count == 1)
        #expect(segmentation.tokenTexts.first(where: { $0.hasPrefix("https") }) == "https://www.nrk.no/artikkel-1.2345.(45")
    }

    @Test func urlFollowedByJoinerEndsOnScalarBoundary() throws {
        let segmentation = try segment("Saken: https://www.nrk.no/a-1.2345\u{200D} nå.")
        let url = try #require(segmentation.tokenTexts.first { $0.hasPrefix("https") })
        #expect(url == "https://www.nrk.no/a-1.2345\u{200D}")
        #expect(!url.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func linkEndingInsideIcuWordLeavesTheRestAsToken() throws {
        let segmentation = try segment("Se www.vg.no/sak’en nå.")
        #expect(segmentation.tokenTexts == ["Se", "www.vg.no/sak", "’en", "nå", "."])
    }

    @Test(arguments: ["", " ", "\n\n\n", " \t \n \u{00A0}\n"])
    func emptyOrBlankTextGivesNoSentences(text: String) throws {
        let segmentation = try segment(text)
        #expect(segmentation.sentences.isEmpty)
        #expect(segmentation.paragraphs.isEmpty)
        #expect(segmentation.tokens.count == 0)
    }

    @Test func sentencesAndParagraphsCrossReference() throws {
        let segmentation = try segment("Første avsnitt har to setninger. Her er den andre.\n\nAndre avsnitt har én.")
        #expect(segmentation.paragraphs.map(\.sentences) == [0..<2, 2..<3])
        #expect(segmentation.sentences.map(\.paragraph) == [0, 0, 1])
        let tokenRanges = segmentation.sentences.map(\.tokens)
        #expect(tokenRanges == [0..<6, 6..<11, 11..<16])
    }

    @Test func segmentingTwiceWithOneSegmenterGivesSameResult() throws {
        let segmenter = try Segmenter()
        let text = Text("Regjeringen la fram budsjettet i dag. – Det er stramt, sier finansministeren.")
        let first = segmenter.segment(text)
        _ = segmenter.segment(Text("Noe helt annet. Med flere setninger! Og spørsmål?"))
        let second = segmenter.segment(text)
        #expect(first.sentences == second.sentences)
        #expect(first.paragraphs == second.paragraphs)
        #expect(first.tokenTexts == second.tokenTexts)
        #expect(first.foldedForms == second.foldedForms)
    }
}
