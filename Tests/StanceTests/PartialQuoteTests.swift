import Testing
@testable import Stance

/// Quotations inside narration that are, or are not, somebody's words
/// (Sources/Stance/Quotes/QuoteFinder.swift: addTranslation, addNounOwnerQuote, isTermSubject).
@Suite struct PartialQuoteTests {
    @Test func translationAfterAColonIsTheOriginalSpeakers() {
        let article = QuoteFixture.analyse("""
        Sigrid Lunde svarte turistene på engelsk.

        «We never leave anyone on the mountain», skrev Lunde på Facebook. Oversatt til norsk: «Vi etterlater aldri noen på fjellet».
        """)
        guard let translation = article.quote(startingWith: "Vi etterlater") else {
            Issue.record("no quote for the translation: \(article.quotes.indices.map { article.words($0) })")
            return
        }
        #expect(article.words(translation) == "Vi etterlater aldri noen på fjellet")
        #expect(article.name(translation) == "Sigrid Lunde")
        #expect(article.quotes[translation].mode == .direct)
        #expect(article.quotes[translation].rule == .repeatedQuote)
    }

    @Test func translationInsideASentenceIsTheOriginalSpeakers() {
        let article = QuoteFixture.analyse("""
        «Why is the road still closed?» spør hytteeieren Tor Vemund Aas i en melding. Spørsmålet blir på norsk «hvorfor er veien fortsatt stengt?»
        """)
        let translation = article.quote(startingWith: "hvorfor")
        #expect(translation != nil)
        if let translation { #expect(article.name(translation) == "Tor Vemund Aas") }
    }

    @Test func aNorwegianTitleIsNoTranslation() {
        // No quote just given, and "norsk" does not name a translation of it.
        let article = QuoteFixture.analyse("""
        Filmen kom på norsk med tittelen «Den lange vinteren» i fjor.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func quotationAfterAnOwnersReportingNounAndOmAt() {
        let article = QuoteFixture.analyse("""
        Debatten startet med rådmann Eirik Fossums påstand i går om at «kommunen har aldri hatt bedre økonomi».

        Ordfører Gunn Tveit har fått kritikk for skolekuttene. Avisen siterer henne på hennes utsagn fra 2019, om at «Ingen skole skal legges ned».
        """)
        let first = article.quote(startingWith: "kommunen")
        #expect(first != nil)
        if let first {
            #expect(article.name(first) == "Eirik Fossum")
            #expect(article.quotes[first].mode == .direct)
            #expect(article.quotes[first].rule == .partialQuote)
        }
        let second = article.quote(startingWith: "Ingen skole")
        #expect(second != nil)
        if let second { #expect(article.name(second) == "Gunn Tveit") }
    }

    @Test func aTitleAfterOmAtWithoutAReportingNounStaysOut() {
        let article = QuoteFixture.analyse("""
        Boka handler om at «Sommeren i Vik» ble filmet i hemmelighet.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func termExplainedAtTheStartOfAParagraphIsNoQuote() {
        let article = QuoteFixture.analyse("""
        – Vi følger nøye med på markedet, sier analytiker Frida Moe.

        «Den blå linjen» er et begrep meglerne bruker om et fall i renten.

        «Syvårsregelen» er navnet på en gammel tommelfingerregel.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Frida Moe")
    }

    @Test func shortQuotationWithAVerdictAfterItStaysAQuote() {
        // "var dommen": not a naming predicate, so still the words of the current speaker.
        let article = QuoteFixture.analyse("""
        – Vi har trent hardt hele vinteren, sier trener Ola Brekke.

        «Helt fantastisk innsats» var dommen etter kampen.
        """)
        #expect(article.quote(startingWith: "Helt fantastisk") != nil)
    }

    @Test func subjectlessMenLeggerTilAtContinuesThePreviousSpeaker() {
        let article = QuoteFixture.analyse("""
        I et brev skrev fylkesmannen at klagen er avvist. Men legger til at «saken kan bli vurdert på nytt til høsten».
        """)
        let partial = article.quote(startingWith: "saken kan")
        #expect(partial != nil)
        if let partial {
            #expect(article.name(partial) == "fylkesmannen")
            #expect(article.quotes[partial].mode == .direct)
        }
    }

    @Test func subjectlessCueAfterNarrationFindsNoSpeaker() {
        let article = QuoteFixture.analyse("""
        Møtet i bystyret varte i tre timer. Men legger til at «alt gikk etter planen».
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func headlineQuotationAfterACallingVerbIsATitleQuote() {
        let article = QuoteFixture.analyse("""
        Kalte rådmannen «sirkusdirektør» – da grep ordføreren inn

        Kommunestyrerepresentant Eva Lien (SV) kalte rådmannen for «sirkusdirektør» i debatten.

        – Slik kan vi ikke drive kommunen, sier Eva Lien.
        """)
        let title = article.quotes.indices.first { article.words($0) == "sirkusdirektør" && article.quotes[$0].paragraph == 0 }
        #expect(title != nil)
        if let title { #expect(article.name(title) == "Eva Lien") }
    }

    @Test func scareQuoteInAHeadlineStaysOut() {
        let article = QuoteFixture.analyse("""
        Mann i «dvale» fant veien hjem

        En 40 år gammel mann ble funnet i god behold lørdag.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func secondUseOfAQuotedPhraseIsNoNewQuote() {
        let article = QuoteFixture.analyse("""
        Kalte planen «et svik mot distriktene»

        Fylkesordfører Kari Lund kalte planen «et svik mot distriktene» i debatten tirsdag.

        Statsråden svarte at han ikke kjenner seg igjen i at planen er «et svik mot distriktene».
        """)
        #expect(article.quotes.filter { article.text.string($0.parts[0]) == "et svik mot distriktene" }.count == 1)
    }

    @Test func secondQuotationJoinedToAPartialQuoteHasTheSameSpeaker() {
        let article = QuoteFixture.analyse("""
        Byrådsleder Per Moe kalte planen «uferdig» og «et hastverksarbeid fra ende til annen».
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "et hastverksarbeid fra ende til annen")
        #expect(article.name(1) == "Per Moe")
    }
}
