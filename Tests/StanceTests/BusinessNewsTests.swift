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
}
