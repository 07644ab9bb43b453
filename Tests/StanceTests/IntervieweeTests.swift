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

    @Test func unnamedIntervieweeIsFoundAgainByItsRoleNoun() {
        let article = QuoteFixture.analyse("""
        Lokalavisa har snakket med en sykepleier ved legevakten. Hun vil ikke stå fram med navn.

        – Vi har ikke hatt en rolig natt siden januar, sier sykepleieren.
        """)
        #expect(article.name(0).lowercased().contains("sykepleier"))
        #expect(article.name(0) != "Lokalavisa")
    }
}
