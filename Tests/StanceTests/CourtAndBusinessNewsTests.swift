import Testing
@testable import Stance

/// Constructions of crime, court and business reporting that any such article may use: court
/// papers and company releases cited with "ifølge", anonymous sources described by what they
/// know, time phrases inside a perfect tense, and outlets whose names hold digits.
@Suite struct CourtAndBusinessNewsTests {
    // MARK: A document after "ifølge" and an unlisted verb

    /// A definite noun ends its phrase, so the unlisted verb after "Ifølge rapporten" opens the
    /// clause instead of lengthening the source.
    @Test func aDefiniteDocumentAfterIfolgeEndsBeforeTheVerb() {
        let report = QuoteFixture.analyse("Ifølge årsrapporten sank overskuddet med en tredjedel.")
        #expect(report.quotes.count == 1)
        #expect(report.name(0) == "årsrapporten")
        #expect(report.words(0) == "sank overskuddet med en tredjedel")
        let court = QuoteFixture.analyse("Ifølge tiltalebeslutningen slo mannen offeret med en flaske.")
        #expect(court.name(0) == "tiltalebeslutningen")
        #expect(court.words(0) == "slo mannen offeret med en flaske")
        let release = QuoteFixture.analyse("Ifølge børsmeldingen steg omsetningen til 4 milliarder kroner.")
        #expect(release.name(0) == "børsmeldingen")
        let log = QuoteFixture.analyse("Ifølge politiloggen rykket tre patruljer ut til adressen.")
        #expect(log.name(0) == "politiloggen")
        #expect(log.words(0) == "rykket tre patruljer ut til adressen")
        // ("Ifølge presseavdelingen hans …": a possessive after the noun stays with it.)
        let possessive = QuoteFixture.analyse("Ifølge presseteamet hennes landet ministeren i Brussel i natt.")
        #expect(possessive.words(0) == "landet ministeren i Brussel i natt")
    }

    // MARK: Anonymous sources

    @Test func aSourceWithKnowledgeOfTheCaseIsOneSpeaker() {
        let single = QuoteFixture.analyse("En kilde med kjennskap til etterforskningen opplyser til TV 2 at den siktede er løslatt.")
        #expect(single.quotes.count == 1)
        #expect(single.name(0) == "en kilde med kjennskap til etterforskningen")
        #expect(single.words(0) == "den siktede er løslatt")
        let group = QuoteFixture.analyse("Flere personer med innsikt i forhandlingene sier at en avtale er nær.")
        #expect(group.words(0) == "en avtale er nær")
        #expect(group.name(0) == "flere personer med innsikt i forhandlingene")
    }

    // MARK: A time phrase inside a perfect

    @Test func aTimePhraseWithHeleInsideAPerfectKeepsTheCue() {
        let article = QuoteFixture.analyse("Ole Hansen er tiltalt for ran.\n\nHan har hele tiden nektet for at han var på stedet.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "han var på stedet")
        let claimed = QuoteFixture.analyse("Kari Holm leder styret.\n\nHun har hele veien hevdet at salget var lovlig.")
        #expect(claimed.words(0) == "salget var lovlig")
        #expect(claimed.name(0) == "Kari Holm")
    }

    // MARK: Names with digits

    @Test func outletsWrittenWithDigitsAreNames() {
        let cited = QuoteFixture.analyse("Ifølge E24 vurderer konsernet å selge divisjonen.")
        #expect(cited.name(0) == "E24")
        #expect(cited.type(0) == .organisation)
        #expect(cited.words(0) == "vurderer konsernet å selge divisjonen")
        let subject = QuoteFixture.analyse("E24 skriver at konsernet vurderer å selge divisjonen.")
        #expect(subject.name(0) == "E24")
        let channel = QuoteFixture.analyse("Ifølge TV 2 er treneren på vei til en klubb i Tyskland.")
        #expect(channel.name(0) == "TV 2")
        #expect(channel.words(0) == "er treneren på vei til en klubb i Tyskland")
        let after = QuoteFixture.analyse("Treneren er på vei til Tyskland, melder TV 2.")
        #expect(after.name(0) == "TV 2")
        let initial = QuoteFixture.analyse("TV 2 skriver at treneren er på vei til Tyskland.")
        #expect(initial.name(0) == "TV 2")
        let genitive = QuoteFixture.analyse("Ifølge TV 2s opplysninger har spissen signert for en klubb i Tyskland.")
        #expect(genitive.name(0) == "TV 2")
        #expect(genitive.words(0) == "har spissen signert for en klubb i Tyskland")
        // (A party and its share in a poll is no channel.)
        #expect(!QuoteFixture.analyse("Ifølge målingen får SV 6 prosent.").names.contains { $0.contains("SV 6") })
    }

    // MARK: An adverb that is also an adjective

    @Test func anAdjectivalAdverbBeforeANounAndItsVerbOpensTheClause() {
        let opinion = QuoteFixture.analyse("Forbundslederen mener offentlig sektor har sakket akterut.")
        #expect(opinion.words(0) == "offentlig sektor har sakket akterut")
        let said = QuoteFixture.analyse("Kari Holm sier tidligere ansatte må betale tilbake.")
        #expect(said.words(0) == "tidligere ansatte må betale tilbake")
        // (Before "at" it is the verb's adverb.)
        let adverb = QuoteFixture.analyse("Kari Holm sa offentlig at hun vil trekke seg.")
        #expect(adverb.words(0) == "hun vil trekke seg")
    }

    // MARK: Committees and the parties of a settlement

    @Test func aCommitteeNameAndThePartiesAreSources() {
        let committee = QuoteFixture.analyse("Ifølge Teknisk beregningsutvalg steg reallønnen med 1,1 prosent.")
        #expect(committee.name(0) == "Teknisk beregningsutvalg")
        #expect(committee.type(0) == .official)
        #expect(committee.words(0) == "steg reallønnen med 1,1 prosent")
        let parties = QuoteFixture.analyse("Den økonomiske rammen er på 4,8 prosent, ifølge partene.")
        #expect(parties.quotes.count == 1)
        #expect(parties.name(0) == "partene")
        #expect(parties.words(0) == "Den økonomiske rammen er på 4,8 prosent")
    }

    // MARK: A subject with a relative clause

    @Test func aRelativeClauseAfterTheSubjectEndsBeforeTheCue() {
        let bare = QuoteFixture.analyse("Kilder Dagbladet har snakket med, sier at fusjonen er avlyst.")
        #expect(bare.quotes.count == 1)
        #expect(bare.name(0) == "kilder")
        #expect(bare.words(0) == "fusjonen er avlyst")
        let stranded = QuoteFixture.analyse("Ansatte som E24 har vært i kontakt med forteller at stemningen er trykket.")
        #expect(stranded.words(0) == "stemningen er trykket")
        #expect(stranded.name(0) == "ansatte")
        let noComma = QuoteFixture.analyse("Mannen som bor i første etasje sier at han våknet av brannalarmen.")
        #expect(noComma.name(0) == "mannen")
        #expect(noComma.words(0) == "han våknet av brannalarmen")
    }

    // MARK: A person named by age

    @Test func anAgeNounRefersToThePersonOfThatAge() {
        let described = QuoteFixture.analyse("""
        Rettssaken

        En 31 år gammel kvinne er tiltalt for underslag.

        Politiadvokat Eva Moe sier at beløpet er stort.

        – Jeg trodde jeg skulle betale alt tilbake, sa 31-åringen.
        """)
        #expect(described.name(1) == "en 31 år gammel kvinne")
        let named = QuoteFixture.analyse("""
        Rettssaken

        Per Lunde (52) er tiltalt for underslag.

        Forsvarer Eva Moe sier at han erkjenner forholdet.

        – Jeg skammer meg, sa 52-åringen.
        """)
        #expect(named.name(1) == "Per Lunde")
        // An inverted subject named by age.
        let inverted = QuoteFixture.analyse("En 31 år gammel kvinne er tiltalt.\n\nI retten forklarte 31-åringen at hun var syk.")
        #expect(inverted.quotes.count == 1)
        #expect(inverted.name(0) == "en 31 år gammel kvinne")
    }

    // MARK: Expectations and a colon formula

    @Test func venterAtIsAnExpectation() {
        let article = QuoteFixture.analyse("Økonomene venter at ledigheten stiger utover høsten.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "ledigheten stiger utover høsten")
        #expect(QuoteFixture.analyse("Politiet venter fortsatt på svar fra laboratoriet.").quotes.isEmpty)
        // (The passive "ventes" is no speaker's cue: the source after "ifølge" keeps the sentence.)
        let passive = QuoteFixture.analyse("Uværet, som er det verste på ti år, ventes å gi seg fredag, ifølge Meteorologisk institutt.")
        #expect(passive.words(0) == "Uværet, som er det verste på ti år, ventes å gi seg fredag")
    }

    @Test func sierDetSlikBeforeAColonIsNoReportedClause() {
        let article = QuoteFixture.analyse("Lensmann Ola Vik sier det slik:\n\n– Vi har aldri sett noe lignende.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi har aldri sett noe lignende.")
        #expect(article.name(0) == "Ola Vik")
    }

    // MARK: Pronouns after a body and a focused subject

    @Test func hanAfterABodyAndAFocusedSubjectIsThePerson() {
        let article = QuoteFixture.analyse("""
        Fondet

        Norges Bank Investment Management skriver i en rapport at risikoen øker.

        Også sjeføkonom Ola Berg er bekymret.

        – Vi må forberede oss på dårligere tider, sier han.
        """)
        #expect(article.name(1) == "Ola Berg")
        let bare = QuoteFixture.analyse("""
        Fondet

        Kari Holm sier at fondet går godt.

        Også Per Dahl er fornøyd.

        – Avkastningen var over forventning, sier han.
        """)
        #expect(bare.name(1) == "Per Dahl")
    }
}
