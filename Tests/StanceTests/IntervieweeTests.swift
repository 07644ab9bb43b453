import Testing
@testable import Stance

/// "Avisa har snakket med X": the next pronoun-attributed quote is X's, not the outlet's.
@Suite struct IntervieweeTests {
    @Test func pronounAfterInterviewGoesToTheIntervieweeNotTheOutlet() {
        let article = QuoteFixture.analyse("""
        Bygdebladet har også snakket med historiker Marte Aasen ved Universitetet i Tromsø.

        – Dette har vi ikke sett siden krigen, sier hun.
        """)
        #expect(article.name(0) == "Marte Aasen")
    }

    @Test func outletStaysSalientWithoutAnInterviewVerb() {
        let article = QuoteFixture.analyse("""
        Marte Aasen skrev om saken i fjor, og Bygdebladet omtalte den samme uke.

        – Vi fulgte saken tett hele høsten, sier hun.
        """)
        #expect(article.name(0) == "Marte Aasen")
    }
}
