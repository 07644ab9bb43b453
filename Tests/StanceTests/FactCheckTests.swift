import Testing
@testable import Stance

/// Constructions of fact-check writing (a claim from a debate, the politician's answer by e-mail,
/// party programmes and reports quoted, the checker's verdict), written for these tests on
/// topics of their own.
@Suite struct FactCheckTests {
    @Test func aQuotedSentenceAttributedByTheNextSentenceInItsParagraph() {
        let article = QuoteFixture.analyse("""
        Stemmer det om bompengene?

        «Bompengene har aldri vært høyere enn nå.» Det sa samferdselsminister Lise Vold (Sp) i Stortinget i april.

        «Ingen familier skal betale mer i bompenger.» Dette skrev Ola Brenna på Facebook før valget.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "Bompengene har aldri vært høyere enn nå.")
        #expect(article.name(0) == "Lise Vold")
        #expect(article.name(1) == "Ola Brenna")
    }

    @Test func theOneToldBetweenTheVerbAndAt() {
        let article = QuoteFixture.analyse("""
        Stemmer tallene for fengselskøen?

        Justisministeren svarer NRK i en e-post at køen er halvert.

        Moe forteller Holder de ord at han baserte seg på gamle tall.

        Lien skriver til Holder de ord i en e-post at hun står ved uttalelsen.

        Statsministeren sier Norge ikke skal bygge flere fengsler.
        """)
        #expect(article.quotes.count == 4)
        #expect(article.words(0) == "køen er halvert")
        #expect(article.name(0) == "justisministeren")
        #expect(article.words(1) == "han baserte seg på gamle tall")
        #expect(article.name(1) == "Moe")
        #expect(article.words(2) == "hun står ved uttalelsen")
        #expect(article.name(2) == "Lien")
        #expect(article.words(3) == "Norge ikke skal bygge flere fengsler")
    }

    @Test func theAuditorAndAWebOutletAreTyped() {
        let auditor = QuoteFixture.analyse("Riksrevisjonen skriver i rapporten at sykehusene ikke har nådd målene.")
        #expect(auditor.name(0) == "Riksrevisjonen")
        #expect(auditor.type(0) == .official)
        let outlet = QuoteFixture.analyse("Faktisk.no mener at påstanden er feil.")
        #expect(outlet.name(0) == "Faktisk.no")
        #expect(outlet.type(0) == .organisation)
    }

    @Test func theOwnerOfAReportIsTheSource() {
        let article = QuoteFixture.analyse("Ifølge Mattilsynets rapport ble det funnet salmonella i tre av ti prøver.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Mattilsynet")
        #expect(article.words(0) == "ble det funnet salmonella i tre av ti prøver")
    }

    @Test func theCheckersOwnVerdictAfterACoordinatedVerb() {
        let article = QuoteFixture.analyse("""
        Stemmer det om fiskekvotene?

        Holder de ord har gått gjennom kvotetallene og mener at påstanden er delvis riktig.

        Holder de ord har sett på saken, og konkluderer med at statsråden tar feil.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Holder de ord")
        #expect(article.words(0) == "påstanden er delvis riktig")
        #expect(article.name(1) == "Holder de ord")
        #expect(article.type(1) == .organisation)
    }

    @Test func aPartialQuoteAfterAPhraseBetweenThePromiseAndItsInfinitive() {
        let promise = QuoteFixture.analyse("KrF lovet i valgkampen å «halvere køene i barnevernet innen 2027».")
        #expect(promise.quotes.count == 1)
        #expect(promise.words(0) == "halvere køene i barnevernet innen 2027")
        #expect(promise.name(0) == "KrF")
        let topic = QuoteFixture.analyse("Naboene protesterte mot «monsterbygget» i flere måneder.")
        #expect(topic.quotes.isEmpty)
    }

    @Test func aTwoWordConfirmationBeforeItsSource() {
        let confirmed = QuoteFixture.analyse("Det stemmer, bekrefter Lånekassen.")
        #expect(confirmed.quotes.count == 1)
        #expect(confirmed.words(0) == "Det stemmer")
        #expect(confirmed.name(0) == "Lånekassen")
        let greeting = QuoteFixture.analyse("God morgen, sier Kari Holm.")
        #expect(greeting.quotes.isEmpty)
    }

    @Test func herIsNeverADocumentNorAParty() {
        let article = QuoteFixture.analyse("""
        Stemmer det om jernbanen?

        Samferdselspolitiker Liv Sande skrev i VG at «togene er mer punktlige enn før».

        I Senterpartiets program heter det at partiet vil «bygge dobbeltspor til Hamar».

        I rapporten står det at «forsinkelsene har økt».

        Da vi spurte Sande om kilden, svarte hun at hun viste til Bane Nors tall.
        """)
        #expect(article.quotes.count == 4)
        #expect(article.words(3) == "hun viste til Bane Nors tall")
        #expect(article.name(3) == "Liv Sande")
    }

    @Test func anEstimateInARelativeClauseAfterTheSenderOfAReport() {
        let report = QuoteFixture.analyse("Ministeren viser til en analyse fra NVE som anslår at strømprisen vil falle i vinter.")
        #expect(report.quotes.count == 1)
        #expect(report.words(0) == "strømprisen vil falle i vinter")
        #expect(report.name(0) == "NVE")
        let nobody = QuoteFixture.analyse("Det finnes partier som tror at strømprisen vil falle i vinter.")
        #expect(nobody.quotes.isEmpty)
    }
}
