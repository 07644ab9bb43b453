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

    @Test func interviewWithQuestionAndAnswerLabels() throws {
        let article = QuoteFixture.analyse("""
        Skiskytteren svarer

        Skiskytter Marte Lien bommet fire ganger i sprinten fredag.

        Spørsmål: Hva skjedde på standplass?

        Svar: Jeg stresset for mye. Vinden var vanskelig.

        Spørsmål: Fortell om planene videre.

        Svar: Nå skal jeg hvile noen dager.
        """)
        #expect(article.quotes.count == 4)
        let first = try #require(article.quote(startingWith: "Hva skjedde på standplass?"))
        #expect(article.speaker(first).type == .journalist)
        let order = try #require(article.quote(startingWith: "Fortell om planene videre."))
        #expect(article.speaker(order).type == .journalist)
        let answer = try #require(article.quote(startingWith: "Jeg stresset for mye."))
        #expect(article.name(answer) == "Marte Lien")
        let second = try #require(article.quote(startingWith: "Nå skal jeg hvile"))
        #expect(article.name(second) == "Marte Lien")
    }

    @Test func interviewWithInitialsAsLabels() throws {
        let article = QuoteFixture.analyse("""
        Direktøren om kuttene

        Sykehusdirektør Per Olav Dahl må kutte 200 millioner kroner neste år.

        NTB: Hvor skal dere kutte?

        POD: Vi ser på alt. Ingen avdelinger er skjermet.

        NTB: Vil pasientene merke det?

        POD: Vi gjør alt vi kan for at de ikke skal gjøre det.
        """)
        #expect(article.quotes.count == 4)
        let question = try #require(article.quote(startingWith: "Hvor skal dere kutte?"))
        #expect(article.speaker(question).type == .journalist)
        let answer = try #require(article.quote(startingWith: "Vi ser på alt."))
        #expect(article.name(answer) == "Per Olav Dahl")
    }

    @Test func oneLabelledParagraphIsNoInterview() {
        let article = QuoteFixture.analyse("""
        Veien stengt etter ras

        Raset gikk like etter midnatt.

        FAKTA: Fylkesvei 17 har vært stengt fire ganger i år.

        Veien åpner tidligst fredag.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func listOfLabelledStatementsAfterAnAnnouncingColon() throws {
        let article = QuoteFixture.analyse("""
        Reaksjonene på rentemøtet

        Dette sa lederne i finanskomiteen torsdag:

        Finansminister Trygve Slagsvold Vedum: – Dette var ventet.

        Sp-nestleder Ola Borten Moe: «Folk må få lavere rente.»
        """)
        let first = try #require(article.quote(startingWith: "Dette var ventet."))
        #expect(article.name(first) == "Trygve Slagsvold Vedum")
        let second = try #require(article.quote(startingWith: "Folk må få lavere rente."))
        #expect(article.name(second) == "Ola Borten Moe")
    }

    @Test func announcingColonStillIntroducesAnUnlabelledParagraph() throws {
        let article = QuoteFixture.analyse("""
        Rådmannen varsler kutt

        Rådmann Eva Lid skriver i budsjettforslaget:

        Kommunen må kutte 40 millioner kroner neste år, og alle sektorer må bidra.
        """)
        let quote = try #require(article.quote(startingWith: "Kommunen må kutte"))
        #expect(article.name(quote) == "Eva Lid")
    }

    @Test func liveReportTimeStampWithoutAColonBeforeTheSubject() throws {
        let article = QuoteFixture.analyse("""
        Direkte: Flom i Gudbrandsdalen

        06.40 Hydrolog Siri Vik sier at vannstanden stiger raskt.

        Kl. 07.15 Ordfører Jon Dahl opplyser at skolen er stengt.

        Klokken sju var veien fortsatt stengt.
        """)
        let first = try #require(article.quote(startingWith: "vannstanden stiger raskt"))
        #expect(article.name(first) == "Siri Vik")
        let second = try #require(article.quote(startingWith: "skolen er stengt"))
        #expect(article.name(second) == "Jon Dahl")
        #expect(article.quotes.count == 2)
    }

    @Test func liveReportTimeStampBeforeAQuoteDash() throws {
        let article = QuoteFixture.analyse("""
        Direkte: Valgnatten

        22.10 – Vi er veldig fornøyd så langt, sier partisekretær Lise Hagen.

        22.30 Opptellingen fortsetter i Oslo.
        """)
        #expect(article.quotes.count == 1)
        let quote = try #require(article.quote(startingWith: "Vi er veldig fornøyd så langt"))
        #expect(article.name(quote) == "Lise Hagen")
        #expect(article.quotes[quote].mode == .direct)
    }

    /// Parties' answers labelled with their names ("Sp: …", "SV: …", each twice) are no
    /// interview: "Sp" is Senterpartiet, not the interviewer's "spørsmål", and no answer is the
    /// journalist's.
    @Test func partyLabelsAreNoInterview() {
        let article = QuoteFixture.analyse("""
        Slik svarte partiene

        Vi spurte partiene om bompengene.

        Sp: Vi vil fjerne bompengene i distriktene.

        SV: Vi vil beholde dem i byene.

        Sp: Bilistene på bygda betaler for mye.

        SV: Kollektivtrafikken må bli billigere.
        """)
        #expect(!article.quotes.indices.contains { article.type($0) == .journalist })
    }
}

