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
}
