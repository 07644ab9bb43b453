import Testing
@testable import Stance

/// Business and wire news: a company that reports on itself ("X kutter …, opplyser selskapet i
/// en børsmelding"), bank and chain nouns as speakers, and exact-form role rows ("=banken") read
/// as definite (SpeakerResolver.swift `namedBodyOpening`; Mention.swift `number(of:)`).
@Suite struct BusinessNewsTests {
    /// The wire formula: the sentence opens with the company's name and is attributed after it to
    /// "selskapet", "banken", "sentralbanken" — the body reports on itself.
    @Test func aCompanyOpeningItsOwnReportIsTheSpeaker() {
        let oil = QuoteFixture.analyse("""
        Kutt på sokkelen

        Petoro AS reduserer utbyttet, opplyser selskapet i en melding til Oslo Børs.
        """)
        #expect(oil.name(0) == "Petoro AS")
        #expect(oil.type(0) == .organisation)
        let bank = QuoteFixture.analyse("""
        Renten opp

        SR-Bank setter opp boliglånsrenten med 0,25 prosentpoeng, opplyser banken.
        """)
        #expect(bank.name(0) == "SR-Bank")
        #expect(bank.type(0) == .organisation)
        let central = QuoteFixture.analyse("""
        Renten står

        Norges Bank holder styringsrenten uendret på fire prosent, opplyser sentralbanken i en pressemelding.
        """)
        #expect(central.name(0) == "Norges Bank")
    }

    /// A person's name opening the sentence is not the company that reports it, nor is a body the
    /// article described before ("Dagligvarekjeden X … opplyser kjeden" refers back to X).
    @Test func aPersonOrAnEarlierBodyIsNotTakenForTheReportingCompany() {
        let person = QuoteFixture.analyse("""
        Ny sjef

        Konsernsjef Lise Dahl i Fjordkraft er fornøyd med kvartalet.

        Lise Dahl får en bonus på to millioner kroner, opplyser selskapet.
        """)
        #expect(person.name(0) != "Lise Dahl")
        let chain = QuoteFixture.analyse("""
        Prisene stiger

        Dagligvarekjeden Kiwi Norge varsler prisøkninger fra februar.

        Over 300 varer blir dyrere, opplyser kjeden.
        """)
        #expect(chain.name(0) == "Kiwi Norge")
    }

    /// Companies and bodies quoted by name alone are organisations: lexicon rows for the most
    /// quoted ("Equinor", "Hydro", "Avinor", "Amnesty"), and a name whose last word is an acronym
    /// ("Bane NOR", "Aker BP") — not a surname with a non-ASCII capital ("Thingnes Bø").
    @Test func companiesQuotedByNameAreOrganisations() {
        let energy = QuoteFixture.analyse("Equinor opplyser at plattformen blir stengt i to uker.")
        #expect(energy.type(0) == .organisation)
        let airports = QuoteFixture.analyse("Ifølge Avinor ble over 60 avganger innstilt.")
        #expect(airports.type(0) == .organisation)
        let rail = QuoteFixture.analyse("Bane NOR sier at sporet er reparert.")
        #expect(rail.name(0) == "Bane NOR")
        #expect(rail.type(0) == .organisation)
        let athlete = QuoteFixture.analyse("Tarjei Bø sier at han er fornøyd med løpet.")
        #expect(athlete.type(0) != .organisation)
    }

    /// "Det hvite hus" speaks as an institution, like "Kreml".
    @Test func theWhiteHouseIsAnOfficialSpeaker() {
        let article = QuoteFixture.analyse("Det hvite hus opplyser at presidenten skal møte statsministeren neste uke.")
        #expect(article.quotes.count == 1)
        #expect(article.type(0) == .official)
    }

    /// Two coordinated titles, the second of several words: "gründer og daglig leder Kari Holm".
    @Test func aSecondTitleOfSeveralWordsKeepsTheName() {
        let article = QuoteFixture.analyse("– Vi har aldri solgt mer, sier gründer og daglig leder Mona Vik i Vik Sjokolade.")
        #expect(article.name(0) == "Mona Vik")
    }

    /// A leader's hyphen title after a company the lexicon knows ("Telenor-sjef") speaks for the
    /// company; a capitalised group noun ends a company's name ("Kongsberg Gruppen").
    @Test func companyTitlesAndGroupNamesAreOrganisations() {
        let chief = QuoteFixture.analyse("Telenor-sjef Kari Lund sier at selskapet vil kutte 300 stillinger.")
        #expect(chief.name(0) == "Kari Lund")
        #expect(chief.type(0) == .organisation)
        let group = QuoteFixture.analyse("Ifølge Fjord Gruppen er kontrakten verdt to milliarder kroner.")
        #expect(group.type(0) == .organisation)
    }

    /// A bare definite body noun refers back to a one-word compound name ending in it
    /// ("forbundet" for "Utdanningsforbundet"); not to a hyphen compound ("Oslo-politiet").
    @Test func aBodyNounRefersBackToTheCompoundNameEndingInIt() {
        let union = QuoteFixture.analyse("""
        Streik

        Ifølge Utdanningsforbundet er 8000 lærere i streik.

        Forbundet skriver på sine nettsider at streiken kan vare lenge.
        """)
        #expect(union.name(1) == "Utdanningsforbundet")
        let police = QuoteFixture.analyse("""
        Glatt

        – Det er svært glatt, skriver Bergen-politiet på X.

        I Voss kolliderte to biler. Også der var veien glatt, ifølge politiet.
        """)
        #expect(police.name(1) != "Bergen-politiet")
    }

    /// The wire formula names the opening company only when no other body came before: after a
    /// story about one airline, "SAS har ikke fått …, opplyser selskapet" may be the first one's.
    @Test func theWireFormulaNeedsNoOtherBodyBefore() {
        let article = QuoteFixture.analyse("""
        Flyselskap i trøbbel

        Det er lange køer på Gardermoen etter at Widerøe har fått problemer med nye fly.

        SAS har ikke fått levert sine fly heller, opplyser selskapet.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) != "SAS")
        let notice = QuoteFixture.analyse("""
        Flyselskap kutter

        SAS legger ned fire ruter i Finnmark, opplyser selskapet.
        """)
        #expect(notice.name(0) == "SAS")
    }
}
