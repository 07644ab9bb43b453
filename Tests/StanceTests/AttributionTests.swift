import Lexicon
import Testing
@testable import Stance

/// Cues and the phrases that name speakers (Sources/Stance/Quotes/Attribution.swift, Mention.swift).
@Suite struct AttributionTests {
    @Test func cueWithAdverbBeforeAnIndefiniteGroup() {
        let article = QuoteFixture.analyse("– Vi har ikke sett sønnene våre på et år, sier også en gruppe mødre fra Pskov i et opprop.")
        #expect(article.name(0) == "mødre fra Pskov")
        #expect(article.speaker(0).isGroup)
        #expect(article.type(0) == .relative)
    }

    @Test func speechVerbWithAGapAroundThePronoun() {
        let article = QuoteFixture.analyse("""
        Sykepleier Berit Lund har jobbet på sykehuset i tjue år.

        – Det har aldri vært så travelt, la hun til.
        """)
        #expect(article.name(0) == "Berit Lund")
        #expect(article.cue(0) == "la hun til")
    }

    @Test func cueInTheNextSentenceWithExpletiveDet() {
        let article = QuoteFixture.analyse("– Vi kommer til å anke dommen. Det sa advokat Jonas Brekke til Aftenposten torsdag.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi kommer til å anke dommen.")
        #expect(article.name(0) == "Jonas Brekke")
        #expect(article.quotes[0].rule == .cueNextSentence)
    }

    @Test func cueInTheNextParagraph() {
        let article = QuoteFixture.analyse("""
        – Ingen visste at demningen var så svak.

        Det sier sivilingeniør Hege Lunde, som har undersøkt anlegget.
        """)
        #expect(article.name(0) == "Hege Lunde")
    }

    /// "Det sier X og legger til at …": the sentence before is X's, and so is the at-clause of
    /// the second verb of saying, with or without a comma before "og".
    @Test func cueSentenceWithASecondCueJoinedAfterTheSpeaker() {
        let article = QuoteFixture.analyse("""
        Ventetiden på sykehuset har økt kraftig i høst.

        Det sier overlege Siri Vang ved Haukeland og legger til at flere leger trengs.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "Ventetiden på sykehuset har økt kraftig i høst")
        #expect(article.name(0) == "Siri Vang")
        #expect(article.words(1) == "flere leger trengs")
        #expect(article.name(1) == "Siri Vang")
        let comma = QuoteFixture.analyse("Bussen kommer ikke før klokken åtte i morgen. Dette sier sjåfør Per Lund, men legger til at alt kan endre seg.")
        #expect(comma.quotes.count == 2)
        #expect(comma.name(0) == "Per Lund")
        #expect(comma.name(1) == "Per Lund")
    }

    @Test func accordingToAtTheStartOfASentence() {
        let article = QuoteFixture.analyse("Ifølge politiet i Tromsø ble tre personer fraktet til sykehus.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "ble tre personer fraktet til sykehus")
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.quotes[0].rule == .accordingTo)
        #expect(article.type(0) == .official)
    }

    @Test func accordingToInsideASentenceGivesTwoParts() {
        let article = QuoteFixture.analyse("Brannen startet ifølge vitner i et bolighus ved sjøen.")
        #expect(article.words(0) == "Brannen startet … i et bolighus ved sjøen")
        #expect(article.name(0) == "vitner")
    }

    @Test func accordingToAtTheEndOfASentence() {
        let article = QuoteFixture.analyse("Over hundre soldater er drept den siste uken, ifølge Tatjana Orlova.")
        #expect(article.words(0) == "Over hundre soldater er drept den siste uken")
        #expect(article.name(0) == "Tatjana Orlova")
    }

    @Test func accordingToASurveyOrReportIsItsSource() {
        let survey = QuoteFixture.analyse("I følge levekårsundersøkelsen fra 2019 trener 40 prosent av de eldre hver uke.")
        #expect(survey.quotes.count == 1)
        #expect(survey.words(0) == "trener 40 prosent av de eldre hver uke")
        #expect(survey.name(0) == "levekårsundersøkelsen fra 2019")
        #expect(survey.quotes[0].rule == .accordingTo)
        let report = QuoteFixture.analyse("Over tretti hytter ble skadet av uværet, ifølge en rapport fra Sivilforsvaret.")
        #expect(report.words(0) == "Over tretti hytter ble skadet av uværet")
        #expect(report.name(0).hasSuffix("Sivilforsvaret"))
        let figures = QuoteFixture.analyse("Ledigheten falt i mai, ifølge ferske tall fra Nav.")
        #expect(figures.words(0) == "Ledigheten falt i mai")
    }

    @Test func accordingToInsideASubordinateClauseGivesOnlyTheClause() {
        let article = QuoteFixture.analyse("Mannen ble pågrepet i natt da han ifølge vitner forsøkte å bryte seg inn i en butikk.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "han … forsøkte å bryte seg inn i en butikk")
        #expect(article.name(0) == "vitner")
    }

    @Test func accordingToAfterAPrepositionOmKeepsTheMainClause() {
        let article = QuoteFixture.analyse(
            "Til tross for krav fra opposisjonen om å trekke forslaget, vil regjeringen ifølge NTB legge det fram i morgen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0).hasPrefix("Til tross for krav"))
        #expect(article.name(0) == "NTB")
    }

    @Test func accordingToInsideAnAtClauseEndsWithTheClause() {
        let article = QuoteFixture.analyse("Utover at prøven ifølge legen var normal, fikk hun ingen svar.")
        #expect(article.words(0) == "prøven … var normal")
    }

    /// The nouns "ifølge" may cite come from the lexicon (source-nouns.tsv): a user's row adds one.
    @Test func accordingToASourceNounAddedInAUserLexicon() throws {
        let sentence = "Ifølge årsberetningen har foreningen fått flere nye medlemmer i år."
        #expect(QuoteFixture.analyse(sentence).quotes.isEmpty)
        let user = "pattern\tsource\tnote\n*årsberetning\tdocument\tannual report\n"
        let lexicon = try LexiconSet.load(userFiles: [(name: "mine.tsv", contents: user)], includeDefault: true)
        let matcher = Matcher(lexicon: lexicon)
        let text = Text(sentence)
        let segmentation = try Segmenter().segment(text)
        let atoms = AtomCache(matcher: matcher).atoms(for: segmentation)
        let analysis = QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first.map { analysis.speakers[$0.speaker].name } == "årsberetningen")
    }

    @Test func accordingToAnAgreementIsNoSpeaker() {
        let article = QuoteFixture.analyse("Ifølge avtalen skal lønnen økes med tre prosent.")
        #expect(article.quotes.isEmpty)
    }

    @Test func unlistedVerbBeforeTheSpeakerEndsAQuoteParagraph() {
        let article = QuoteFixture.analyse("""
        Soldatene fra Tambov har spilt inn en ny video.

        – Vi krever å få komme hjem, leser soldatene i kor.
        """)
        #expect(article.words(0) == "Vi krever å få komme hjem")
        #expect(article.name(0) == "soldatene fra Tambov")
    }

    @Test func firstPersonInsideAQuoteIsNoAttribution() {
        let article = QuoteFixture.analyse("– Han er uskyldig. Det mener jeg fortsatt, sier Anne Berg.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Han er uskyldig. Det mener jeg fortsatt")
        #expect(article.name(0) == "Anne Berg")
    }

    @Test func appositiveRoleAfterTheName() {
        let article = QuoteFixture.analyse("– Dette er et stort tilbakeslag, sier Kari Holm, professor ved Universitetet i Bergen.")
        #expect(article.name(0) == "Kari Holm")
        #expect(article.speaker(0).role == "professor ved Universitetet i Bergen")
        #expect(article.type(0) == .expert)
    }

    @Test func roleBeforeTheNameWithAffiliation() {
        let article = QuoteFixture.analyse("– Russland har tapt initiativet, sier forsker Per Olsen ved Institutt for forsvarsstudier.")
        #expect(article.name(0) == "Per Olsen")
        #expect(article.speaker(0).role == "forsker ved Institutt for forsvarsstudier")
        #expect(article.type(0) == .expert)
    }

    @Test func appositiveNameAfterARolePhrase() {
        let article = QuoteFixture.analyse("Regjeringens pressetalsmann, Even Lunde, avviser at avtalen er i fare.")
        #expect(article.words(0) == "avtalen er i fare")
        #expect(article.name(0) == "Even Lunde")
        #expect(article.speaker(0).role == "regjeringens pressetalsmann")
        #expect(article.type(0) == .official)
    }

    @Test func namesWithParticlesAndHyphens() {
        let particle = QuoteFixture.analyse("– Vi er bekymret, sier Ursula von der Heide.")
        #expect(particle.name(0) == "Ursula von der Heide")
        let hyphen = QuoteFixture.analyse("– Vi er bekymret, sier Anne-Lise Berg-Hansen.")
        #expect(hyphen.name(0) == "Anne-Lise Berg-Hansen")
    }

    @Test func organisationNameWithForInside() {
        let article = QuoteFixture.analyse("Ifølge Senter for krigsstudier i Kyiv har frontlinjen flyttet seg lite.")
        #expect(article.name(0) == "Senter for krigsstudier i Kyiv" || article.name(0).hasPrefix("Senter for"))
    }

    @Test func genitiveOfAPartyBeforeTheNameIsNotPartOfIt() {
        let article = QuoteFixture.analyse("""
        Venstre vil stemme mot forslaget.

        – Det er for dyrt, sier Venstres Siri Haugland.
        """)
        #expect(article.name(0) == "Siri Haugland")
    }

    @Test func adjectiveOfOpinionWithAtClause() {
        let article = QuoteFixture.analyse("Forsker Ida Lien ved NUPI er enig i at sanksjonene virker, men advarer mot å overdrive effekten.")
        #expect(article.words(0) == "sanksjonene virker")
        #expect(article.name(0) == "Ida Lien")
        #expect(article.quotes[0].mode == .indirect)
    }
}
