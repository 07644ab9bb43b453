import Lexicon
import Testing
@testable import Stance

/// Outlet and party words from the lexicon (organisations.tsv; Sources/Stance/Quotes/
/// ArticleWords+Organisations.swift): a user's file adds outlets and parties, loaded the way
/// `--lexicon FILE` loads it.
@Suite struct OrganisationWordTests {
    static let swedish = """
    pattern\torganisation\tnote
    SYDSVENSKAN\toutlet\tan outlet word matches in any case
    *bladet\toutlet\tAftonbladet, Expressen-type endings
    Moderaterna\tparty\tthe Moderates
    Moderaternas\tparty_genitive\tthe Moderates'
    m\tparty_tag\t(M)
    """

    /// Quote attribution with the default lexicon and `user` on top.
    static func analyse(_ string: String, user: String) throws -> QuoteFixture.Article {
        let lexicon = try LexiconSet.load(userFiles: [(name: "svenska.tsv", contents: user)], includeDefault: true)
        let matcher = Matcher(lexicon: lexicon)
        let text = Text(string)
        let segmentation = try Segmenter().segment(text)
        let atoms = AtomCache(matcher: matcher).atoms(for: segmentation)
        return QuoteFixture.Article(text: text, analysis: QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher))
    }

    @Test func anOutletAddedInAUserLexiconMakesItsQuoteAnOrganisations() throws {
        let text = "– Regjeringen har sviktet, skriver Sydsvenskan på lederplass."
        let before = QuoteFixture.analyse(text)
        #expect(before.name(0) == "Sydsvenskan")
        #expect(before.type(0) != .organisation)
        let after = try Self.analyse(text, user: Self.swedish)
        #expect(after.name(0) == "Sydsvenskan")
        #expect(after.type(0) == .organisation)
    }

    @Test func anOutletEndingAddedInAUserLexiconCountsForEveryLastWord() throws {
        let text = "– Dette er en skandale, skriver Ekstra Bladet."
        #expect(QuoteFixture.analyse(text).type(0) != .organisation)
        let after = try Self.analyse(text, user: Self.swedish)
        #expect(after.name(0) == "Ekstra Bladet")
        #expect(after.type(0) == .organisation)
    }

    @Test func aPartyAddedInAUserLexiconIsAnOrganisationAndMakesPoliticians() throws {
        let article = try Self.analyse("""
        – Skatten må ned, sier Moderaterna i en uttalelse.

        Moderaternas Lena Holm sier at budsjettet er for stramt.

        – Vi stemmer nei, sier Erik Berg (M).
        """, user: Self.swedish)
        #expect(article.names == ["Moderaterna", "Lena Holm", "Erik Berg"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .official)
        #expect(article.type(2) == .official)
    }

    /// "Rødt" is the party, "rødt" the colour: a party row is compared as written.
    @Test func aPartyNameMatchesOnlyAsWritten() throws {
        let text = "– Skatten må ned, sier Moderaterna i en uttalelse."
        #expect(try Self.analyse(text, user: Self.swedish).type(0) == .organisation)
        let lower = try Self.analyse(text, user: "pattern\torganisation\tnote\nmoderaterna\tparty\tlower case\n")
        #expect(lower.name(0) == "Moderaterna")
        #expect(lower.type(0) != .organisation)
    }

    /// Text is not normalised: a decomposed "ö" (o + U+0308) in the text is still the party
    /// written with a precomposed one in the lexicon.
    @Test func aDecomposedLetterInTheTextStillFindsThePartyName() throws {
        let text = "– Vi vil ha mer kollektivtrafikk, sier Folkro\u{308}relsen."
        #expect(QuoteFixture.analyse(text).type(0) != .organisation)
        let user = "pattern\torganisation\tnote\nFolkrörelsen\tparty\tprecomposed\nFolkrörelsens\tparty_genitive\tprecomposed\n"
        let article = try Self.analyse(text, user: user)
        #expect(article.name(0) == "Folkro\u{308}relsen")
        #expect(article.type(0) == .organisation)
        let genitive = "Folkro\u{308}relsens Lena Holm sier at budsjettet er for stramt."
        #expect(QuoteFixture.analyse(genitive).type(0) != .official)
        #expect(try Self.analyse(genitive, user: user).type(0) == .official)
    }

    /// The default outlet ending "*posten" after a decomposed letter, in a name of one token.
    @Test func anOutletWithADecomposedLetterEndsInAnOutletWord() {
        let article = QuoteFixture.analyse("– Regeringen måste agera, skriver Go\u{308}teborgs-Posten.")
        #expect(article.type(0) == .organisation)
    }
}
