import Testing
@testable import Stance

/// Whose words a byte is: speakers inside quotes, the narrator outside, captions left out.
@Suite struct NarrationTests {
    static let article = QuoteFixture.analyse("""
    SAVNET: Marta Olsen (34) viser et bilde av broren.

    Broren til Marta Olsen har vært savnet siden mars.

    – Vi har lett overalt, sier Olsen, – men ingen vet noe.
    """)

    @Test func wordsInsideAQuoteBelongToTheSpeaker() {
        let article = NarrationTests.article
        let voice = article.analysis.speakerOf(article.offset(of: "lett overalt"))
        #expect(voice == .speaker(article.quotes[0].speaker))
        #expect(article.analysis.speaker(of: voice!).name == "Marta Olsen")
    }

    @Test func attributionBetweenQuotePartsIsNarration() {
        let article = NarrationTests.article
        #expect(article.analysis.speakerOf(article.offset(of: "sier Olsen")) == .narrator)
        #expect(article.analysis.speakerOf(article.offset(of: "ingen vet")) == .speaker(article.quotes[0].speaker))
    }

    @Test func textOutsideQuotesIsTheNarrator() {
        let article = NarrationTests.article
        let voice = article.analysis.speakerOf(article.offset(of: "har vært savnet"))
        #expect(voice == .narrator)
        #expect(article.analysis.speaker(of: .narrator).type == .narrator)
    }

    @Test func captionsAreLeftOutOfNarrationUnlessAskedFor() {
        let article = NarrationTests.article
        let offset = article.offset(of: "viser et bilde")
        #expect(article.analysis.captions.count == 1)
        #expect(article.analysis.speakerOf(offset) == nil)
        #expect(article.analysis.speakerOf(offset, includeCaptions: true) == .narrator)
        #expect(article.quotes.allSatisfy { !article.analysis.captions[0].overlaps($0.range) })
    }

    @Test func captionPeopleAreNoAntecedentsForPronouns() {
        let article = QuoteFixture.analyse("""
        Ordfører Gunnar Lie la fram planen i går.

        SKADET: Hanne Dal (40) ble skadet i ulykken.

        – Vi skal bygge ny vei, sier han.
        """)
        #expect(article.name(0) == "Gunnar Lie")
    }

    @Test func nestedQuoteWordsBelongToTheInnerSpeaker() throws {
        let article = QuoteFixture.analyse("""
        Rektor Per Dahl lovet i fjor at skolen skulle bestå.

        «Han sa ‹vi legger ikke ned›, og nå gjør de det likevel», sier forelder Anja Moe.
        """)
        let inner = try #require(article.quote(startingWith: "vi legger"))
        let outer = try #require(article.quote(startingWith: "Han sa"))
        #expect(article.analysis.speakerOf(article.offset(of: "legger ikke")) == .speaker(article.quotes[inner].speaker))
        #expect(article.analysis.speakerOf(article.offset(of: "gjør de det")) == .speaker(article.quotes[outer].speaker))
        // "lovet i fjor at …": reported speech with a time adverbial before "at".
        let promise = try #require(article.quote(startingWith: "skolen skulle"))
        #expect(article.quotes[promise].mode == .indirect)
        #expect(article.name(promise) == "Per Dahl")
    }
}
