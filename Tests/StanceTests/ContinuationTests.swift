import Testing
@testable import Stance

/// Unattributed quote paragraphs: the current speaker continues; a question before an answer is
/// the interviewer's.
@Suite struct ContinuationTests {
    @Test func unattributedDashParagraphsContinueTheSpeaker() {
        let article = QuoteFixture.analyse("""
        – Vi har bodd her i førti år, sier Astrid Nes.

        – Huset er alt vi har.

        – Vi flytter ikke.
        """)
        #expect(article.names == ["Astrid Nes", "Astrid Nes", "Astrid Nes"])
        #expect(article.quotes[1].rule == .continuation)
        #expect(article.quotes[2].rule == .continuation)
    }

    @Test func narrationAboutTheSpeakerKeepsTheRun() {
        let article = QuoteFixture.analyse("""
        – Vi har bodd her i førti år, sier Astrid Nes.

        Hun flyttet inn i huset som nygift i 1983.

        – Huset er alt vi har.
        """)
        #expect(article.names == ["Astrid Nes", "Astrid Nes"])
    }

    @Test func aNewPersonIntroducedInNarrationTakesOver() {
        let article = QuoteFixture.analyse("""
        – Vi har bodd her i førti år, sier Astrid Nes.

        Naboen hennes, Terje Bakken, er mindre bekymret.

        – Kommunen kommer til å ordne opp.
        """)
        #expect(article.names == ["Astrid Nes", "Terje Bakken"])
    }

    @Test func questionAddressingSomeoneIsTheInterviewer() {
        let article = QuoteFixture.analyse("""
        – Vi har ikke fått svar fra departementet, sier Nils Rud.

        – Hva vil dere gjøre nå?

        – Vi går til retten.
        """)
        #expect(article.names == ["Nils Rud", "journalist", "Nils Rud"])
        #expect(article.type(1) == .journalist)
        #expect(article.quotes[1].rule == .interviewerQuestion)
    }

    @Test func questionBeforeAnAttributedAnswer() {
        let article = QuoteFixture.analyse("""
        Statsviter Hilde Moe har fulgt valgkampen tett.

        – Hvem vinner valget?

        – Det er helt åpent, svarer Moe.
        """)
        #expect(article.names == ["journalist", "Hilde Moe"])
    }

    @Test func rhetoricalQuestionInsideALongerQuoteIsNotTheInterviewer() {
        let article = QuoteFixture.analyse("""
        – Vi har ventet i månedsvis, sier Ruth Aas.

        – Ingen ringer tilbake. Hvor lenge skal vi vente?

        – Vi gir oss ikke.
        """)
        #expect(article.names == ["Ruth Aas", "Ruth Aas", "Ruth Aas"])
    }

    @Test func questionAtTheEndOfTheArticleIsNotTheInterviewer() {
        let article = QuoteFixture.analyse("""
        – Vi har ventet lenge, sier Ruth Aas.

        – Hvorfor skjer ingenting?
        """)
        #expect(article.names == ["Ruth Aas", "Ruth Aas"])
    }

    @Test func pullQuoteRepeatingAnAttributedQuoteTakesItsSpeaker() throws {
        let article = QuoteFixture.analyse("""
        Livet etter flommen: – Vi begynner på nytt

        Familien Berg mistet alt i flommen i august.

        – Vi begynner på nytt, og vi gjør det her, sier Lene Berg.
        """)
        let title = try #require(article.quote(startingWith: "Vi begynner på nytt"))
        #expect(article.quotes[title].paragraph == 0)
        #expect(article.name(title) == "Lene Berg")
        #expect(article.quotes[title].rule == .repeatedQuote)
    }

    @Test func titleRoleResolvesToTheNamedSpeaker() throws {
        let article = QuoteFixture.analyse("""
        Helseministeren om køene: – Vi har ikke gjort nok

        Helseminister Ola Berg innrømmer at ventetidene har økt.

        – Det er ikke godt nok, sier Berg.
        """)
        #expect(article.name(try #require(article.quote(startingWith: "Vi har ikke gjort nok"))) == "Ola Berg")
    }
}
