import Testing
@testable import Stance

/// Article layouts other than running text: quotations over several paragraphs, interviews
/// printed as labelled questions and answers, live reports, lists of statements.
@Suite struct ArticleLayoutTests {
    @Test func guillemetQuoteRunsThroughAnUnmarkedMiddleParagraph() throws {
        let article = QuoteFixture.analyse("""
        Bussjåførene er slitne

        Bussjåfør Geir Aune har kjørt rute 20 i femten år.

        «Rutene blir lengre for hvert år. Pausene blir kortere.

        Flere av oss har gått ned i stilling. Noen har sluttet helt.

        Vi ber bare om å bli hørt», sier Aune.
        """)
        #expect(article.quotes.count == 3)
        let middle = try #require(article.quote(startingWith: "Flere av oss har gått ned i stilling."))
        #expect(article.name(middle) == "Geir Aune")
        let last = try #require(article.quote(startingWith: "Vi ber bare om å bli hørt"))
        #expect(article.name(last) == "Geir Aune")
    }

    @Test func unmarkedParagraphAfterAClosedQuoteIsNarration() {
        let article = QuoteFixture.analyse("""
        Ferja står igjen

        «Vi har ikke fått noen beskjed», sier pendler Siri Bø.

        Ferja har stått ved kai siden mandag.

        Rederiet skriver i en melding at reservedeler er bestilt.
        """)
        #expect(article.quote(startingWith: "Ferja har stått") == nil)
    }

    @Test func unmarkedParagraphAfterAnOpenQuoteWithoutAClosingOneIsNarration() {
        let article = QuoteFixture.analyse("""
        Lærerne streiker

        «Vi står sammen hele veien.

        Streiken omfatter 400 lærere i fylket.

        Ingen forhandlinger er berammet.
        """)
        #expect(article.quote(startingWith: "Streiken omfatter") == nil)
    }
}
