import Testing
@testable import Stance

/// What scraped news articles carry besides the story: subheadings, embedded posts, photo
/// credits, link teasers, lists — and the reporting habits of wire copy.
@Suite struct NewsLayoutTests {
    @Test func quoteSubheadingBelongsToTheSpeakerItRepeats() throws {
        let article = QuoteFixture.analyse("""
        Kommunen legger ned to skoler i Fjellbygda.

        – Vi skal kjempe for skolen

        Foreldrene har samlet inn tusen underskrifter.

        – Vi skal kjempe for skolen så lenge vi kan, sier FAU-leder Tone Rud.
        """)
        let heading = try #require(article.quote(startingWith: "Vi skal kjempe for skolen"))
        #expect(article.quotes[heading].rule == .subheading)
        #expect(article.name(heading) == "Tone Rud")
    }

    @Test func embeddedPostIsAQuoteOfItsAccount() throws {
        let article = QuoteFixture.analyse("""
        Politiet meldte om brannen på X natt til søndag.

        Brannvesenet er på stedet. Ingen personer er savnet.

        — Politiet i Agder (@politiagder) 3. mars 2024

        Brannen ble slukket i fire-tiden.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Brannvesenet er på stedet. Ingen personer er savnet.")
        #expect(article.name(0).lowercased() == "politiet i agder")
    }

    @Test func titleWithAColonAndFirstPersonIsAQuote() {
        let quote = QuoteFixture.analyse("""
        Vedum: Vi sier nei til flere bompenger

        Senterpartiets leder Trygve Vedum holdt tale i Hamar lørdag.
        """)
        #expect(quote.quotes.count == 1)
        #expect(quote.words(0) == "Vi sier nei til flere bompenger")
        let report = QuoteFixture.analyse("""
        Aftenposten: Regjeringen kutter i bistanden

        Regjeringen vil kutte to milliarder i bistanden neste år.
        """)
        #expect(report.quotes.isEmpty)
    }

    /// A title whose words before the colon are a clause with a cue verb: its subject speaks
    /// ("Mødre krever svar: – …"); a clause with another verb names no speaker.
    @Test func aTitleClauseWithACueVerbNamesItsSubjectAsSpeaker() {
        let mothers = QuoteFixture.analyse("""
        Mødre krever svar fra Kreml: – Hvor er sønnene våre?

        En av kvinnene, Olga Petrova, har ikke hørt fra sønnen på tre uker.

        – Han ringte i november, sier Petrova.
        """)
        #expect(mothers.quotes.count == 2)
        #expect(mothers.name(0) == "mødre")
        #expect(mothers.name(1) == "Olga Petrova")
    }

    @Test func organisationsAreNoAntecedentsForHanOrHun() {
        let article = QuoteFixture.analyse("""
        NRK skriver at været blir kaldere.

        Meteorolog Siri Holm i StormGeo er mindre bekymret.

        – Det blir kaldt, men ikke lenge, sier hun.
        """)
        #expect(article.name(article.quotes.count - 1) == "Siri Holm")
    }

    @Test func deCanReferToAnInstitution() {
        let article = QuoteFixture.analyse("""
        Foreldrene ble kalt inn til møte på skolen.

        Politiet har snakket med flere vitner. «Ingen ble skadet», skriver de på Twitter.
        """)
        #expect(article.name(0) == "Politiet" || article.name(0) == "politiet")
    }

    @Test func omittedAtAfterASpeechVerb() {
        let article = QuoteFixture.analyse("Helseminister Ola Berg sier han nå venter at kommunene tar grep.")
        #expect(article.words(0) == "han nå venter at kommunene tar grep")
        #expect(article.name(0) == "Ola Berg")
    }

    @Test func clauseBeforeAFinalCueIsReportedSpeech() {
        let article = QuoteFixture.analyse("""
        Magasinet Variety har snakket med produsentene.

        Serien får en tredje sesong neste høst, skriver magasinet.
        """)
        #expect(article.words(0) == "Serien får en tredje sesong neste høst")
        #expect(article.quotes[0].mode == .indirect)
    }

    @Test func dashListOfFiguresIsNoQuote() {
        let article = QuoteFixture.analyse("""
        Her er de kaldeste målingene:

        – 41,2 minusgrader på Karasjok i 1886.

        – 38,0 minusgrader på Røros i 1914.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func photoCreditsAndLinkTeasersNameNoOne() {
        let article = QuoteFixture.analyse("""
        Ny skole i Fjellbygda

        Rektor Liv Ask åpnet den nye skolen. (Foto: Per Dahl / NTB)

        LES OGSÅ: – Vi trenger flere lærere

        – Dette er en stor dag for bygda, sier hun.
        """)
        #expect(article.quotes.count == 2)
        // The linked article's title quotes someone there, not a voice of this article.
        #expect(article.words(0) == "Vi trenger flere lærere")
        #expect(article.name(0) == "")
        #expect(article.name(1) == "Liv Ask")
    }

    @Test func linkTeaserTitleQuoteInTheFirstPersonIsByTheNameOpeningIt() {
        let article = QuoteFixture.analyse("""
        Rekordløp i Holmenkollen

        – Det var tungt i dag, sa Per Vik etter løpet.

        LEST DENNE? Kari Dahl klar for comeback: – Jeg har savnet konkurransene

        FÅTT MED DEG DENNE? Trener Ola Lie: – Laget er i god form
        """)
        #expect(article.quotes.count == 3)
        #expect(article.words(1) == "Jeg har savnet konkurransene")
        #expect(article.name(1) == "Kari Dahl")
        #expect(article.words(2) == "Laget er i god form")
        #expect(article.name(2) == "Ola Lie")
    }

    @Test func linkTeaserQuoteWithoutANamedSpeakerIsNotTheMainVoice() {
        let article = QuoteFixture.analyse("""
        Rekordløp i Holmenkollen

        – Det var tungt i dag, sa Per Vik etter løpet.

        – Jeg ga alt, sa Per Vik.

        LES OGSÅ: Stjernen fikk beskjeden: «Du må trene mer»
        """)
        #expect(article.quotes.count == 3)
        #expect(article.words(2) == "Du må trene mer")
        #expect(article.name(2) == "")
    }

    @Test func linkTeaserTitleWithReportedSpeechKeepsItsQuote() {
        let article = QuoteFixture.analyse("""
        Gull på stafetten

        – Vi kjempet hele veien, sier Kari Dahl.

        FÅTT MED DEG DENNE? Vant igjen, men hun tror sesongen blir tøff
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "sesongen blir tøff")
        #expect(article.name(1) == "")
    }

    @Test func nationalityAdjectiveIsNotPartOfTheName() {
        let article = QuoteFixture.analyse("""
        Svenske Anna Lind vant sprinten.

        – Jeg er overlykkelig, sier Lind.
        """)
        #expect(article.name(0) == "Anna Lind")
    }

    @Test func hyphenatedTitleBeforeTheNameIsATitle() {
        let article = QuoteFixture.analyse("– Vi har aldri hatt bedre tall, sier Equinor-direktør Kari Lunde.")
        #expect(article.name(0) == "Kari Lunde")
    }

    @Test func partitiveGroupAfterACue() {
        let article = QuoteFixture.analyse("– Vi klarte det, ropte noen av passasjerene da skipet la til kai.")
        #expect(article.name(0) == "noen av passasjerene")
    }

    @Test func ageNounRefersToThePersonInFocus() {
        let article = QuoteFixture.analyse("""
        Skiløperen Mia Dahl tok sin første seier i verdenscupen lørdag.

        – Jeg har drømt om dette siden jeg var liten, sier 22-åringen.
        """)
        #expect(article.name(0) == "Mia Dahl")
    }

    @Test func titlePrefixedByACitedOutletIsItsIndirectQuote() {
        let article = QuoteFixture.analyse("""
        NRK: Fergeselskapet legger ned tre ruter i Nordland

        Selskapet kutter rutene fra nyttår, skriver NRK. Ordføreren i Bodø er skuffet.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "Fergeselskapet legger ned tre ruter i Nordland")
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.name(0) == "NRK")
    }

    @Test func titlePrefixedByANameTheArticleNeverCitesIsNoQuote() {
        let article = QuoteFixture.analyse("""
        Matpodden: Dette er de beste rådene for en billig middag

        I ukens episode av Matpodden snakker kokken Eva Lund om rester.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func titlePrefixedByAPluralPersonNounIsItsIndirectQuote() {
        let article = QuoteFixture.analyse("""
        Forskere: Torsken i Oslofjorden kan forsvinne

        Bestanden har falt i tjue år.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "forskere")
    }

    /// Dash lines under a fact-box title or a colon that names no speaker are the items of a
    /// list; under "X lister opp:" they are X's words.
    @Test func dashItemsOfAFactListAreNoQuotes() {
        let box = QuoteFixture.analyse("""
        Ny norsk roman vinner leserprisen

        Forfatteren Siri Haug fikk prisen på Litteraturhuset torsdag.

        – Jeg hadde ikke ventet dette i det hele tatt, sier Haug.

        FAKTA: Leserprisen
        - Deles ut av Bokhandlerforeningen
        - Prissum: 100 000 kroner
        - Første gang delt ut i 2004
        """)
        #expect(box.quotes.count == 1)
        #expect(box.name(0) == "Siri Haug")
        let rules = QuoteFixture.analyse("""
        Nye regler for bompenger fra nyttår

        Samferdselsdepartementet har sendt ut de nye reglene.

        Dette endres – slik fungerer det:
        - Elbiler betaler full pris i rushtiden.
        - Rabatten for brikke faller bort.
        - Nattkjøring blir gratis.
        """)
        #expect(rules.quotes.isEmpty)
        let listed = QuoteFixture.analyse("""
        Bøndene krever mer penger

        Bondelagets leder Kari Moen lister opp tre krav:
        - Vi må få dekket de økte kostnadene.
        - Vi trenger bedre tollvern.
        - Vi vil ha mindre byråkrati.
        """)
        #expect(listed.quotes.count == 3)
        #expect(listed.name(2) == "Kari Moen")
    }
}
