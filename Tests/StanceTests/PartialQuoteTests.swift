import Testing
@testable import Stance

/// Quotations inside narration that are, or are not, somebody's words
/// (Sources/Stance/Quotes/QuoteFinder.swift: addTranslation, addNounOwnerQuote, isTermSubject).
@Suite struct PartialQuoteTests {
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
}
