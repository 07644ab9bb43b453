import Testing
@testable import Stance

/// Constructions of sport, culture, health, local and fact-check reporting, written as any
/// reporter would on any topic: interviews after a match, reviewers and researchers, hospital
/// staff, a parliament's question time, a fact-checker's correspondence with a ministry.
@Suite struct ReportingGenreTests {
    // MARK: Detection

    @Test func anOutletWhoseNameLooksLikeAVerbIsWhoWasTold() {
        let told = QuoteFixture.analyse("Kulturdepartementet opplyser til Holder de ord at søknadsfristen er utsatt.")
        #expect(told.quotes.count == 1)
        #expect(told.words(0) == "søknadsfristen er utsatt")
        #expect(told.name(0) == "Kulturdepartementet")
        let mail = QuoteFixture.analyse("Direktoratet skriver i en e-post til Holder de ord at ordningen evalueres i år.")
        #expect(mail.words(0) == "ordningen evalueres i år")
    }

    @Test func anAbbreviationInsideABodysNameKeepsTheSpeaker() {
        let article = QuoteFixture.analyse("Overlege Siri Dahl ved St. Olavs hospital forklarer at influensasesongen kom tidlig.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Siri Dahl")
        #expect(article.type(0) == .expert)
    }

    @Test func accordingToASchoolOrATheatre() {
        let school = QuoteFixture.analyse("Ifølge skolen ble ingen elever skadet i brannen.")
        #expect(school.quotes.count == 1)
        #expect(school.name(0) == "skolen")
        let theatre = QuoteFixture.analyse("Ifølge teatret er premieren flyttet til mars.")
        #expect(theatre.name(0) == "teatret")
    }

    // MARK: Speakers

    @Test func researchersInTheirArticleAreTheResearchers() {
        let article = QuoteFixture.analyse("«Resultatene må tolkes med forsiktighet», skriver forskerne i artikkelen.")
        #expect(article.name(0) == "forskerne")
        let study = QuoteFixture.analyse("«Utvalget var lite», skriver forskerne i studien.")
        #expect(study.name(0) == "forskerne")
        // A body the person belongs to stays: "lederen i foreningen".
        let body = QuoteFixture.analyse("«Vi er skuffet», sier lederen i foreningen.")
        #expect(body.name(0) == "lederen i foreningen")
    }

    @Test func aSportOrReviewTitleOpeningTheSentenceIsNoFirstName() {
        let striker = QuoteFixture.analyse("Spissen Jonas Lie sier han aldri har scoret et viktigere mål.")
        #expect(striker.name(0) == "Jonas Lie")
        #expect(striker.type(0) == .civilian)
        let critic = QuoteFixture.analyse("Anmelder Tone Bakke skriver at romanen er årets beste.")
        #expect(critic.name(0) == "Tone Bakke")
        #expect(critic.type(0) == .organisation)
    }

    @Test func reviewersOfDifferentOutletsStayApart() {
        let article = QuoteFixture.analyse("""
        Filmen har fått blandet mottakelse.

        «En skuffende oppfølger», skriver anmelderen i Bergens Tidende.

        Anmelder Tone Bakke i Dagbladet gir filmen fem.
        """)
        #expect(article.name(0) == "anmelderen i Bergens Tidende")
    }

    @Test func aWomanQuotedAfterAUnionIsNotTheUnion() {
        let article = QuoteFixture.analyse("""
        Ventetiden er lang.

        Ifølge Fagforbundet mangler det 300 helsefagarbeidere i fylket.

        En pårørende som ventet i fem timer, forteller at hun ga opp.

        – Ingen kom, sier kvinnen.
        """)
        #expect(article.quotes.count == 3)
        #expect(article.name(2) != "Fagforbundet")
    }

    @Test func theFactCheckerIsAnOutlet() {
        let article = QuoteFixture.analyse("Holder de ord mener at løftet om flere lærere er holdt.")
        #expect(article.name(0) == "Holder de ord")
        #expect(article.type(0) == .organisation)
    }

    @Test func aQuestionAfterSomeoneAskingInTheNarrationIsTheirs() {
        let inverted = QuoteFixture.analyse("""
        Debatten var opphetet.

        I spørretimen spurte Sp-leder Åse Lund helseministeren om fødeavdelingene.

        – Hvor mange skal legges ned?

        – Ingen, svarte statsråden.
        """)
        #expect(inverted.name(0) == "Åse Lund")
        #expect(inverted.type(0) != .journalist)
        let plain = QuoteFixture.analyse("""
        Debatten var opphetet.

        Åse Lund spurte statsråden om fødeavdelingene.

        – Hvor mange skal legges ned?
        """)
        #expect(plain.name(0) == "Åse Lund")
        // An interviewer's question after narration without an asker stays the journalist's.
        let interview = QuoteFixture.analyse("""
        Laget vant 2–0.

        – Hva betyr seieren?

        – Alt, sier treneren.
        """)
        #expect(interview.type(0) == .journalist)
    }

    // MARK: A body named in the genitive of what it owns

    @Test func aGenitiveOwnerOfADocumentIsTheBodyThatSpeaks() {
        let programme = QuoteFixture.analyse("I Venstres program står det at bompengene skal fjernes.")
        #expect(programme.name(0) == "Venstre")
        #expect(programme.type(0) == .organisation)
        let forecast = QuoteFixture.analyse("Ifølge Norges Banks prognoser vil renten stige neste år.")
        #expect(forecast.name(0) == "Norges Bank")
        #expect(forecast.words(0) == "vil renten stige neste år")
        // A name that ends in "s" of itself, and a person a name owns, keep their words.
        let outlet = QuoteFixture.analyse("Reuters skrev mandag at avtalen er klar.")
        #expect(outlet.name(0) == "Reuters")
        let lawyer = QuoteFixture.analyse("Ifølge Per Dahls advokat er han uskyldig.")
        #expect(lawyer.name(0) == "Per Dahls")
    }

    // MARK: Words applied and document wording in «»

    @Test func aTitleBetweenTheVerbAndTheAppliedWordsIsTheObject() {
        let article = QuoteFixture.analyse("Statsråden kalte ordningen «Fritt skolevalg» for «en suksess for elevene».")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "en suksess for elevene")
        #expect(article.name(0) == "statsråden")
    }

    @Test func aFormulaWithWhatItIsAboutBeforeTheColon() {
        let same = QuoteFixture.analyse("Ola Dal er statsråd.\n\nI forskriften står det følgende om fristene: «Søknaden skal behandles innen tre uker.»")
        #expect(same.name(0) == "forskriften")
        let next = QuoteFixture.analyse("Ola Dal er statsråd.\n\nI forskriften står det følgende om fristene:\n\n«Søknaden skal behandles innen tre uker.»")
        #expect(next.name(0) == "forskriften")
    }

    @Test func aVerbInsideAQuotationIsPartOfTheQuotedWords() {
        let article = QuoteFixture.analyse("Kari Holm er ordfører.\n\nHun sa at «fylket viser til at kommunen har ansvaret».")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kari Holm")
        let document = QuoteFixture.analyse("I vedtaket fra styret heter det at «styret viser til at budsjettet er vedtatt».")
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.mode == .direct)
    }

    // MARK: Names and titles of interviews and local news

    @Test func anAdverbAndAnAdjectiveBeforeTheNameAfterTheVerb() {
        let article = QuoteFixture.analyse("– Dette var tungt, sier en tydelig preget Siri Lund til NRK.")
        #expect(article.name(0) == "Siri Lund")
    }

    @Test func aStateBodyNamedByStatensAndAnUnlistedNoun() {
        let article = QuoteFixture.analyse("Ifølge Statens havarikommisjon var flyet overlastet.")
        #expect(article.name(0) == "Statens havarikommisjon")
        #expect(article.type(0) == .official)
    }

    @Test func aSplitCompoundInsideABodysName() {
        let article = QuoteFixture.analyse("Vakthavende Per Moe i Bergen brann- og redningsetat forteller at brannen var slukket før midnatt.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Per Moe")
    }

    @Test func revealingIsReporting() {
        let article = QuoteFixture.analyse("Treneren røper at laget skal spille med tre midtstoppere.")
        #expect(article.words(0) == "laget skal spille med tre midtstoppere")
    }

    @Test func aPartyHyphenTitleInsideTheSentenceTypesThePolitician() {
        let article = QuoteFixture.analyse("""
        Debatten dro ut.

        Til slutt tok Frp-representant Liv Aas ordet.

        – Dette er sløsing, sa Aas.
        """)
        #expect(article.name(0) == "Liv Aas")
        #expect(article.type(0) == .official)
    }

    @Test func aPersonANameHasIsThatPerson() {
        let article = QuoteFixture.analyse("På spørsmål fra NTB svarer Solbergs rådgiver at saken er avsluttet.")
        #expect(article.name(0) == "Solbergs rådgiver")
    }

    @Test func theOppositionIsPoliticians() {
        let article = QuoteFixture.analyse("Opposisjonen kaller budsjettet «et luftslott».")
        #expect(article.type(0) == .official)
    }

    @Test func perAsAFirstNameInsideAParagraph() {
        let article = QuoteFixture.analyse("Brannen startet i kjelleren. Per Lunde sier at røyken kom veldig fort.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Per Lunde")
        // The preposition before lower case or a number stays one.
        let preposition = QuoteFixture.analyse("Per i dag sier politiet at veien er åpen.")
        #expect(preposition.name(0) == "politiet")
    }

    @Test func weInABodyIsTheBody() {
        let outlet = QuoteFixture.analyse("Vi i Holder de ord mener det trengs mer åpenhet om lobbyvirksomhet.")
        #expect(outlet.name(0) == "Holder de ord")
        #expect(outlet.type(0) == .organisation)
        let union = QuoteFixture.analyse("Vi i Fagforbundet krever at turnusene endres.")
        #expect(union.name(0) == "Fagforbundet")
        // A place names no one: its people speak.
        let place = QuoteFixture.analyse("Vi i Bodø sier at flyplassen må flyttes.")
        #expect(place.quotes.isEmpty)
    }

    /// "Vi i Holder de ord har sett på tallene og mener at …": the body is the subject of the
    /// verb of saying joined with "og" after the sentence's own verb.
    @Test func weInABodyIsTheSubjectOfACoordinatedCue() {
        let checked = QuoteFixture.analyse("Vi i Holder de ord har gått gjennom budsjettet og mener at påstanden er misvisende.")
        #expect(checked.quotes.count == 1)
        #expect(checked.name(0) == "Holder de ord")
        #expect(checked.words(0) == "påstanden er misvisende")
        let union = QuoteFixture.analyse("Vi i Fagforbundet leste rapporten og mener at bemanningen er for lav.")
        #expect(union.name(0) == "Fagforbundet")
        let place = QuoteFixture.analyse("Vi i Bodø leste rapporten og mener at flyplassen må flyttes.")
        #expect(place.quotes.isEmpty)
    }

    @Test func aClaimLabelBeforeTheQuotationIsNoSpeaker() {
        let article = QuoteFixture.analyse("""
        Faktasjekk av skolepolitikken.

        Påstanden: «Hver femte elev går ut av ungdomsskolen uten å kunne lese godt nok.»

        Det sa Sp-leder Åse Lund i partilederdebatten.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Åse Lund")
    }

    /// A claim box repeating what a politician said earlier in an at-clause quotes the
    /// politician, not the expert quoted last; a claim nobody made earlier stays unattributed.
    @Test func aClaimBoxRepeatingAnEarlierClaimIsItsMakers() {
        let article = QuoteFixture.analyse("""
        Stortingsrepresentant Lise Holm (H) sa i Dagsnytt 18 at bompengene har tredoblet seg på ti år.

        – Det stemmer ikke helt, sier samferdselsforsker Ola Vik.

        Påstanden: «Bompengene har tredoblet seg på ti år.»
        """)
        #expect(article.quotes.count == 3)
        #expect(article.words(2) == "Bompengene har tredoblet seg på ti år.")
        #expect(article.name(2) == "Lise Holm")
    }

    /// "«…» Påstanden fremmet X i debatten.", "Påstanden kom fra X.": a claim noun opening the
    /// sentence after the quotation, its verb and the one who made the claim.
    @Test func aClaimNounSentenceAfterTheQuotationNamesItsMaker() {
        let inverted = QuoteFixture.analyse("""
        Faktasjekk

        «Norge har Europas dyreste diesel.» Påstanden fremmet Ola Brekke (Frp) i partilederdebatten.
        """)
        #expect(inverted.quotes.count == 1)
        #expect(inverted.name(0) == "Ola Brekke")
        let statement = QuoteFixture.analyse("""
        Faktasjekk

        «Hver tredje lærer vil slutte.» Utsagnet fremmet Kari Moen i Utdanningsforbundet.
        """)
        #expect(statement.name(0) == "Kari Moen")
        let sender = QuoteFixture.analyse("""
        Faktasjekk

        «Hver tredje sykepleier vil slutte.» Påstanden kom fra Siri Dahl i Sykepleierforbundet.
        """)
        #expect(sender.name(0) == "Siri Dahl")
    }

    @Test func aChannelWithItsNumber() {
        let article = QuoteFixture.analyse("Ifølge TV 2 er landskampen flyttet til Ullevaal.")
        #expect(article.name(0) == "TV 2")
        #expect(article.words(0) == "er landskampen flyttet til Ullevaal")
        let expert = QuoteFixture.analyse("– Han burde vært byttet ut, sier TV 2-ekspert Lars Bohinen.")
        #expect(expert.name(0) == "Lars Bohinen")
    }

    @Test func theFirstAuthorOfAStudyIsAResearcher() {
        let article = QuoteFixture.analyse("– Funnet overrasket oss, sier førsteforfatter av studien, Mari Lie.")
        #expect(article.name(0) == "Mari Lie")
        #expect(article.type(0) == .expert)
    }

    @Test func aQuestionAndItsAnswerInOneDashParagraph() {
        let article = QuoteFixture.analyse("""
        Odd vant 3–0.

        – Hvordan var det å score hat trick? – Helt sykt. Jeg har aldri gjort det før, sier Jonas Lie til NRK.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.type(0) == .journalist)
        #expect(article.words(1) == "Helt sykt. Jeg har aldri gjort det før")
        #expect(article.name(1) == "Jonas Lie")
        // A question inside the speaker's own words, without a dash after it, stays theirs.
        let own = QuoteFixture.analyse("Odd vant 3–0.\n\n– Hva skal man si? Dette var helt sykt, sier Jonas Lie.")
        #expect(own.quotes.count == 1)
        #expect(own.name(0) == "Jonas Lie")
    }

    @Test func aQuestionTheReporterAsksIsTheInterviewers() {
        let article = QuoteFixture.analyse("Odd vant 3–0.\n\n– Er dette din beste kamp? spør reporteren.\n\n– Ja, uten tvil, svarer Jonas Lie.")
        #expect(article.type(0) == .journalist)
        #expect(article.name(1) == "Jonas Lie")
    }

    @Test func brandingAndDismissingApplyWords() {
        let branded = QuoteFixture.analyse("Ap-leder Kari Holm stemplet utspillet som «ren valgflesk».")
        #expect(branded.words(0) == "ren valgflesk")
        #expect(branded.name(0) == "Kari Holm")
        let dismissed = QuoteFixture.analyse("Statsråden avfeide kritikken som «tøv og tull».")
        #expect(dismissed.words(0) == "tøv og tull")
        // Without quotation marks nothing is quoted.
        let plain = QuoteFixture.analyse("Tollerne stemplet pakken som mistenkelig.")
        #expect(plain.quotes.isEmpty)
    }

    @Test func aDocumentsWordingAfterLyder() {
        let article = QuoteFixture.analyse("""
        Ola Dal er gruppeleder.

        Forslaget fra Rødt lød slik:

        «Stortinget ber regjeringen innføre gratis tannhelse for alle under 30 år.»

        Vedtaket lyder: «Bystyret ber kommunedirektøren utrede saken.»
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Rødt")
        #expect(article.name(1) == "vedtaket")
    }

    @Test func theArchitectBehindABuildingNamedInApposition() {
        let article = QuoteFixture.analyse("Arkitekten bak biblioteket, Siri Dahl, skriver at taket skal være grønt.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Siri Dahl")
    }

    @Test func accordingToABodysOwnLogOrPages() {
        let log = QuoteFixture.analyse("Ifølge politiets logg ble mannen funnet like før midnatt.")
        #expect(log.name(0) == "politiet")
        #expect(log.words(0) == "ble mannen funnet like før midnatt")
        let pages = QuoteFixture.analyse("Ifølge kommunens nettsider er svømmehallen stengt i juli.")
        #expect(pages.name(0) == "kommunen")
        // A person the body has stays that person.
        let spokesman = QuoteFixture.analyse("Ifølge politiets talsperson er mannen pågrepet.")
        #expect(spokesman.name(0) == "politiets talsperson")
    }

    /// A live report's time label before "Ifølge X" is no part of the reported clause.
    @Test func timeLabelOfALiveReportIsNoPartOfAnIfølgeQuote() {
        let article = QuoteFixture.analyse("""
        Flom i Gudbrandsdalen: Dette vet vi

        Kl. 07.30: Ifølge NVE vil vannstanden stige til over fem meter i løpet av dagen.

        Kl. 08.15: Kommunen opplyser at tre veier er stengt.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "vil vannstanden stige til over fem meter i løpet av dagen")
        #expect(article.name(0) == "NVE")
        #expect(article.words(1) == "tre veier er stengt")
    }

    /// "Professor emeritus X sier at …": "emeritus" belongs to the title before the name.
    @Test func emeritusAfterATitleBelongsToTheTitle() {
        let opening = QuoteFixture.analyse("Professor emeritus Randi Aune sier at studien er for liten.")
        #expect(opening.quotes.count == 1)
        #expect(opening.name(0) == "Randi Aune")
        #expect(opening.type(0) == .expert)
        let after = QuoteFixture.analyse("Studien er for liten, sier professor emeritus Randi Aune.")
        #expect(after.name(0) == "Randi Aune")
    }

    /// "kommunaldirektør for oppvekst Ingrid Lo": a name after a title's "for" phrase of a field
    /// is the title-holder's; after a person noun in the phrase it stays that person's.
    @Test func aNameAfterATitlesFieldIsTheTitleHolders() {
        let director = QuoteFixture.analyse("Kommunaldirektør for helse Tone Ask sier at sykehjemmet åpner i mai.")
        #expect(director.quotes.count == 1)
        #expect(director.name(0) == "Tone Ask")
        #expect(director.type(0) == .official)
        let after = QuoteFixture.analyse("Sykehjemmet åpner i mai, sier direktør for eiendom Per Dal.")
        #expect(after.name(0) == "Per Dal")
        let adviser = QuoteFixture.analyse("Rådgiver for ordfører Eva Lie sier at saken er avklart.")
        #expect(adviser.name(0) != "Eva Lie")
    }

    /// "Debutant Mari Fjell sier at …", "sier gitaristen": culture titles are role nouns, not the
    /// first word of a name.
    @Test func cultureTitlesBeforeANameAreRoles() {
        let debut = QuoteFixture.analyse("Debutant Siri Moe sier at romanen tok sju år å skrive.")
        #expect(debut.name(0) == "Siri Moe")
        #expect(debut.type(0) == .civilian)
        let player = QuoteFixture.analyse("– Publikum var fantastisk, sier gitaristen.")
        #expect(player.type(0) == .civilian)
    }

    /// "…, opplyser festivalen.": a festival speaks as an organisation.
    @Test func aFestivalSpeaksAsAnOrganisation() {
        let article = QuoteFixture.analyse("Alle billetter til lørdagen er solgt, opplyser festivalen.")
        #expect(article.quotes.count == 1)
        #expect(article.type(0) == .organisation)
    }

    /// "ved Aldring og helse sier at …": a body's name with a lower-case noun after "og" ends
    /// the speaker's phrase at the cue.
    @Test func aBodysNameWithALowerCaseNounAfterOgBeforeTheCue() {
        let article = QuoteFixture.analyse("Forsker Ida Lund ved Mat og helse sier at kostrådene virker.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Ida Lund")
        #expect(article.words(0) == "kostrådene virker")
    }
}
