import Testing
@testable import Stance

/// Constructions of everyday domestic news (elections and polls, immigration, energy and
/// climate, schools, transport, weather, consumer news) that any such article may use.
@Suite struct DomesticNewsTests {
    // MARK: An s-passive verb after the source of "ifølge"

    /// An unlisted s-passive verb ("skyldes", "ventes", "trengs") after a name is the inverted
    /// clause's verb, not a genitive noun lengthening the source ("Oslo politidistrikts årlige
    /// statistikk" is a genitive).
    @Test func anSPassiveVerbAfterANamedSourceOpensTheClause() {
        let cause = QuoteFixture.analyse("Ifølge Bane NOR skyldes stansen en signalfeil på Lillestrøm.")
        #expect(cause.quotes.count == 1)
        #expect(cause.name(0) == "Bane NOR")
        #expect(cause.words(0) == "skyldes stansen en signalfeil på Lillestrøm")
        let forecast = QuoteFixture.analyse("Ifølge NVE ventes det flom i flere elver i Trøndelag.")
        #expect(forecast.name(0) == "NVE")
        #expect(forecast.words(0) == "ventes det flom i flere elver i Trøndelag")
        let person = QuoteFixture.analyse("Ifølge Kari Hansen trengs det flere lærere på skolen.")
        #expect(person.name(0) == "Kari Hansen")
        #expect(person.words(0) == "trengs det flere lærere på skolen")
    }

    // MARK: A named person in a body written as a definite noun

    /// "Title Name i politiet sier …": a definite institution noun after a named person is the
    /// body they work in, like "lederen i foreningen" without a name.
    @Test func aNamedPersonInADefiniteBodyIsTheSubject() {
        let police = QuoteFixture.analyse("Innsatsleder Tom Moe i politiet sier at området er sperret av.")
        #expect(police.quotes.count == 1)
        #expect(police.name(0) == "Tom Moe")
        #expect(police.words(0) == "området er sperret av")
        let council = QuoteFixture.analyse("Gruppeleder Ola Dahl i bystyret sier at forslaget vil få flertall.")
        #expect(council.quotes.count == 1)
        #expect(council.name(0) == "Ola Dahl")
        #expect(council.type(0) == .official)
        let board = QuoteFixture.analyse("Nestleder Siri Aas i foreningen mener at prisene er for høye.")
        #expect(board.name(0) == "Siri Aas")
        #expect(board.words(0) == "prisene er for høye")
    }

    // MARK: Titles of domestic news

    /// Titles of road, school, party and avalanche reporting: the title is no part of the name, the
    /// type follows it, and a later bare title refers back to the person.
    @Test func domesticTitlesTypeAndReferBack() {
        let road = QuoteFixture.analyse("""
            – Vi vet ikke når veien åpner, sier trafikkoperatør Anne Vik ved Vegtrafikksentralen til NTB.

            Trafikkoperatøren forteller at det er lange køer på omkjøringsveien.
            """)
        #expect(road.quotes.count == 2)
        #expect(road.name(1) == "Anne Vik")
        #expect(road.type(0) == .official)
        let school = QuoteFixture.analyse("Inspektør Mona Dahl ved Berg skole sier at foreldrene er varslet.")
        #expect(school.name(0) == "Mona Dahl")
        #expect(school.type(0) == .official)
        let party = QuoteFixture.analyse("Partisekretær Kjersti Strand sier at partiet er klart for valgkamp.")
        #expect(party.type(0) == .official)
        let avalanche = QuoteFixture.analyse("Snøskredvarsler Karl Berg sier at faren er stor i fjellet.")
        #expect(avalanche.name(0) == "Karl Berg")
        #expect(avalanche.type(0) == .expert)
    }

    // MARK: Bodies named only in their genitive, and companies by name

    /// "Ifølge NVEs beregninger": the body owns the figures and speaks, with the type its name has
    /// when it stands alone ("NVE skriver" official).
    @Test func aStateBodyInTheGenitiveKeepsItsType() {
        let energy = QuoteFixture.analyse("Ifølge NVEs beregninger vil strømforbruket øke kraftig innen 2030.")
        #expect(energy.name(0) == "NVE")
        #expect(energy.type(0) == .official)
        let asylum = QuoteFixture.analyse("Ifølge UDIs tall kom det flere asylsøkere i fjor enn året før.")
        #expect(asylum.name(0) == "UDI")
        #expect(asylum.type(0) == .official)
    }

    /// Companies of energy and transport news named alone are organisations.
    @Test func gridAndRailwayCompaniesAreOrganisations() {
        let grid = QuoteFixture.analyse("Statnett opplyser at forsyningssikkerheten er god i hele landet.")
        #expect(grid.name(0) == "Statnett")
        #expect(grid.type(0) == .organisation)
        let genitive = QuoteFixture.analyse("Ifølge Statnetts prognoser blir det kraftunderskudd i nord.")
        #expect(genitive.type(0) == .organisation)
        let railway = QuoteFixture.analyse("Togene mellom Oslo og Hamar er innstilt, opplyser Vy på sine nettsider.")
        #expect(railway.name(0) == "Vy")
        #expect(railway.type(0) == .organisation)
    }

    /// A name that ends in "Norge" is a body's national branch, an organisation ("Greenpeace
    /// Norge", "WWF Norge"); no person is named so. Hydrologists are experts like meteorologists.
    @Test func aNationalBranchIsAnOrganisation() {
        let branch = QuoteFixture.analyse("WWF Norge mener at regjeringen må verne mer skog.")
        #expect(branch.name(0) == "WWF Norge")
        #expect(branch.type(0) == .organisation)
        let green = QuoteFixture.analyse("Greenpeace Norge skriver at oljeboringen må stanses.")
        #expect(green.type(0) == .organisation)
        let person = QuoteFixture.analyse("Kari Nordmann sier at hun har bodd i Norge hele livet.")
        #expect(person.type(0) == .civilian)
        let flood = QuoteFixture.analyse("Hydrolog Per Vik i NVE sier at elvene fortsatt stiger.")
        #expect(flood.name(0) == "Per Vik")
        #expect(flood.type(0) == .expert)
    }

    // MARK: An acronym in brackets after a body's name

    /// "Natur og Ungdom (NU) sier": the acronym labels the body; it is no part of the speaker's
    /// name, and it shows that the name is a body's.
    @Test func anAcronymInBracketsAfterANameMarksABody() {
        let youth = QuoteFixture.analyse("Saken er alvorlig.\n\nRedd Barna (RB) sier at de vil klage vedtaket inn.")
        #expect(youth.quotes.count == 1)
        #expect(youth.name(0) == "Redd Barna")
        #expect(youth.type(0) == .organisation)
        let authority = QuoteFixture.analyse("Saken er alvorlig.\n\nIfølge Nasjonal sikkerhetsmyndighet (NSM) er angrepet alvorlig.")
        #expect(authority.quotes.count == 1)
        #expect(authority.name(0) == "Nasjonal sikkerhetsmyndighet")
        #expect(authority.type(0) == .official)
        #expect(authority.words(0) == "er angrepet alvorlig")
        let party = QuoteFixture.analyse("Kari Holm (SV) sier at hun er fornøyd med budsjettet.")
        #expect(party.type(0) == .official)
        let politician = QuoteFixture.analyse("Kari Holm (Ap) sier at hun er fornøyd med budsjettet.")
        #expect(politician.name(0) == "Kari Holm")
        #expect(politician.type(0) == .official)
    }
}
