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
}
