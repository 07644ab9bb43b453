import Testing
@testable import Stance

/// Speaker types from kinship phrases, affiliations and group members
/// (Sources/Stance/Quotes/SpeakerResolver.swift `markKinship`, QuoteAttribution.swift `makeSpeaker`).
@Suite struct SpeakerTypeTests {
    @Test func possessiveKinshipNounMakesTheNamedPersonARelative() {
        let article = QuoteFixture.analyse("""
        – Vi hører ingenting fra ham, sier Raisa Fomina (57).

        Sønnen hennes ble sendt til fronten i mai.

        – Jeg vet ikke om han lever, sier hun.
        """)
        #expect(article.names == ["Raisa Fomina", "Raisa Fomina"])
        #expect(article.type(0) == .relative)
    }

    @Test func whoseSpouseMakesARelative() {
        let article = QuoteFixture.analyse("""
        – De tok ham på gaten, sier Oksana Belik, hvis mann ble mobilisert i fjor.
        """)
        #expect(article.name(0) == "Oksana Belik")
        #expect(article.type(0) == .relative)
    }

    @Test func hasASonAtTheFrontMakesARelative() {
        let article = QuoteFixture.analyse("""
        Naboen Timur Ganiev har en sønn i samme bataljon.

        – Vi deler alt vi får vite, sier Ganiev.
        """)
        #expect(article.name(0) == "Timur Ganiev")
        #expect(article.type(0) == .relative)
    }

    @Test func firstPersonKinshipInOwnQuoteMakesARelative() {
        let article = QuoteFixture.analyse("""
        – Vi er ikke farlige. Vi er mødre, sier Inna Kravets.
        """)
        #expect(article.type(0) == .relative)
    }

    @Test func womenInAnArticleAboutWivesAreRelatives() {
        let article = QuoteFixture.analyse("""
        En gruppe kvinner fra Tver har spilt inn en video. Flere av dem er koner til mobiliserte.

        – Vi krever svar, sier kvinnene.
        """)
        #expect(article.type(0) == .relative)
    }

    @Test func womenWithoutKinshipStayCivilians() {
        let article = QuoteFixture.analyse("""
        Flere kvinner sto i kø utenfor butikken i Kharkiv.

        – Vi har ikke hatt strøm på tre dager, sier kvinnene.
        """)
        #expect(article.type(0) == .civilian)
    }

    @Test func leaderOfAnOrganisationSpeaksForIt() {
        let article = QuoteFixture.analyse("""
        – Familiene får ingen hjelp, sier Vera Lukina, leder av organisasjonen Soldatmødres råd.
        """)
        #expect(article.name(0) == "Vera Lukina")
        #expect(article.type(0) == .organisation)
    }

    @Test func researcherAtAnInstituteStaysAnExpert() {
        let article = QuoteFixture.analyse("""
        – Tapene er store, sier Lars Nygård, forsker ved Norsk utenrikspolitisk institutt.
        """)
        #expect(article.type(0) == .expert)
    }

    @Test func affiliationWithOrganisationNounAfterNameIsARole() {
        let article = QuoteFixture.analyse("""
        Analytiker Ruslan Lebedev i organisasjonen Conflict Intelligence Team mener tapene blir skjult for folket.
        """)
        #expect(article.name(0) == "Ruslan Lebedev")
        #expect(article.words(0) == "tapene blir skjult for folket")
        #expect(article.type(0) == .expert)
    }

    @Test func directorOfAGovernmentIsAnOfficial() {
        let article = QuoteFixture.analyse("""
        Sosialdirektør Boris Garmajev i republikkens regjering sier at alle søknader behandles.

        – Ingen blir glemt, sier direktøren.
        """)
        #expect(article.names == ["Boris Garmajev", "Boris Garmajev"])
        #expect(article.type(0) == .official)
    }

    @Test func theOneOfAGroupSpeaksForTheGroup() {
        let article = QuoteFixture.analyse("""
        To unge rekrutter fra Perm har snakket med avisen.

        – Vi fikk geværer som ikke virket, sier den ene.
        """)
        #expect(article.type(0) == .soldier)
        #expect(article.name(0).contains("rekrutter"))
    }

    @Test func wifeIntroducedByPossessiveDoesNotMakeTheHusbandARelative() {
        let article = QuoteFixture.analyse("""
        Soldat Jurij Petrov ble arrestert i mars. Kona hans, Svetlana Petrova, har ikke fått besøke ham.

        – Vi ble aldri spurt, sier Petrov i et brev.
        """)
        #expect(article.name(0) == "Jurij Petrov")
        #expect(article.type(0) == .soldier)
    }
}

/// Reported speech without "at" before a definite noun and its verb, and kinship appositions.
@Suite struct SpeakerTypeMoreTests {
    @Test func reportedClauseWithoutAtBeforeADefiniteNoun() {
        let article = QuoteFixture.analyse("""
        Ombudsmann Dmytro Lysenko sier arbeidet går sakte fordi motparten stiller nye krav.
        """)
        #expect(article.name(0) == "Dmytro Lysenko")
        #expect(article.words(0) == "arbeidet går sakte fordi motparten stiller nye krav")
        #expect(article.quotes.first?.mode == .indirect)
        #expect(article.type(0) == .official)
    }

    @Test func sayNoIsNoReportedClause() {
        let article = QuoteFixture.analyse("""
        Ombudsmann Dmytro Lysenko sier nei til forslaget.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func husbandOfANamedWomanIsARelative() {
        let article = QuoteFixture.analyse("""
        – Vi har ventet lenge, sier Olha Kovalenko.

        Mannen til Kovalenko, Petro Kovalenko, er mindre diplomatisk.

        Petro Kovalenko: – Myndighetene glemmer oss når kameraene er borte.
        """)
        let index = article.quote(startingWith: "Myndighetene")
        #expect(index != nil)
        if let index {
            #expect(article.name(index) == "Petro Kovalenko")
            #expect(article.type(index) == .relative)
        }
    }

    @Test func reportedClauseWithoutAtAllowsAnAdverbBeforeTheVerb() {
        let article = QuoteFixture.analyse("""
        Sosiolog Aleksandra Morina sier familiene ofte blir møtt med taushet.
        """)
        #expect(article.name(0) == "Aleksandra Morina")
        #expect(article.words(0) == "familiene ofte blir møtt med taushet")
        #expect(article.type(0) == .expert)
    }

    @Test func ministryInDefiniteFormIsAnOfficialSpeaker() {
        let article = QuoteFixture.analyse("""
        Helseministeriet skriver i en e-post at nye tilbud er under oppbygging.
        """)
        #expect(article.type(0) == .official)
    }

    @Test func spokespersonForTheMothersIsARelative() {
        let article = QuoteFixture.analyse("""
        – De kan ikke overse oss, sier Vera Nikolina, som er talsperson for mødrene.
        """)
        #expect(article.name(0) == "Vera Nikolina")
        #expect(article.type(0) == .relative)
    }

    @Test func spokespersonForAMinistryStaysAnOfficial() {
        let article = QuoteFixture.analyse("""
        – Alle får svar, sier Igor Lensky, som er talsperson for Forsvarsdepartementet.
        """)
        #expect(article.type(0) == .official)
    }

    @Test func memberAppositionIsReadAndTheRankKeepsItsType() {
        let article = QuoteFixture.analyse("""
        Generalmajor Viktor Sorokin, medlem av Dumaens forsvarskomité, sa til RBK at kvinnene «blir brukt av fienden».
        """)
        #expect(article.name(0) == "Viktor Sorokin")
        #expect(article.type(0) == .official)
    }

    @Test func aPartyInParenthesesMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        – Dette er et hån mot innbyggerne, sier Live Berg (Sp).

        Forslaget er «helt uforståelig» (Ola Nes, SV).
        """)
        #expect(article.quotes.count == 2)
        #expect(article.type(0) == .official)
        #expect(article.name(1) == "Ola Nes")
        #expect(article.type(1) == .official)
    }

    @Test func aCompanysChiefExecutiveSpeaksForTheCompany() {
        let article = QuoteFixture.analyse(
            "Administrerende direktør Kari Lunde sier at selskapet vil bygge boliger på tomten.")
        #expect(article.name(0) == "Kari Lunde")
        #expect(article.type(0) == .organisation)
    }

    @Test func aPartyGenitiveBeforeTheNameMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        Venstres Mette Lien sier at kommunen må bygge flere sykkelveier.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.type(0) == .official)
    }

    @Test func aGenitiveThatIsNoPartyLeavesAPrivatePerson() {
        let article = QuoteFixture.analyse("""
        Bergens Kari Vik sier at kommunen må bygge flere broer.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.type(0) == .civilian)
    }

    @Test func aNewsOutletIsAnOrganisation() {
        let article = QuoteFixture.analyse("""
        Brua skal stenges i tre måneder, skriver Hamar Tidende.

        Prisen på strøm stiger igjen neste uke, melder Finnmarksavisen.
        """)
        #expect(article.names == ["Hamar Tidende", "Finnmarksavisen"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .organisation)
    }

    @Test func aPersonWhoseSurnameIsNoOutletStaysAPrivatePerson() {
        let article = QuoteFixture.analyse("""
        – Vi så røyken fra vinduet, sier Hanne Postvik.
        """)
        #expect(article.name(0) == "Hanne Postvik")
        #expect(article.type(0) == .civilian)
    }

    @Test func aPartyNamedAsSpeakerIsAnOrganisation() {
        let article = QuoteFixture.analyse("""
        Høyre og Venstre skriver i programmet at skatten på arbeid skal ned.
        """)
        #expect(article.name(0) == "Høyre og Venstre")
        #expect(article.type(0) == .organisation)
    }

    @Test func newRoleNounsGiveTheirTypes() {
        let article = QuoteFixture.analyse("""
        – Isen smelter fortere enn før, sier glasiolog Eirik Strand.

        – Spis mer grønnsaker, sier ernæringsfysiolog Kaja Moe.

        – Vi beklager hendelsen, sier fagdirektør Rune Fjell i Helse Vest.

        – Avisen står ved saken, sier sjefredaktør Nina Dal.

        – Togene går som normalt igjen, sier pressevakt Ola Brekke i Togselskapet.
        """)
        #expect(article.quotes.count == 5)
        #expect(article.type(0) == .expert)
        #expect(article.type(1) == .expert)
        #expect(article.type(2) == .official)
        #expect(article.type(3) == .organisation)
        #expect(article.type(4) == .organisation)
    }

    /// Titles a reporter writes on any local, sport or war story: a doctor is an expert, the
    /// rural police chief and the municipal doctor are officials (not first names), a company
    /// commander a soldier (not '*sjef' official), a national team's coach and a pupils' council
    /// leader private persons.
    @Test func titlesOfLocalSportAndWarNewsGiveTheirTypes() {
        let article = QuoteFixture.analyse("""
        – Pasientene venter for lenge, sier lege Tone Lid ved legevakten.

        Lensmann Arne Brå sier at ulykken var alvorlig.

        Kommunelege Siri Dal sier at kommunen er forberedt.

        – Russerne angriper hver natt, sier kompanisjef Ivan Sirko.

        – Vi spilte en god kamp, sier landslagssjef Rune Tvedt.

        – Vi støtter lærerne, sier elevrådsleder Maja Ree.
        """)
        #expect(article.quotes.count == 6)
        #expect(article.name(1) == "Arne Brå")
        #expect(article.name(2) == "Siri Dal")
        #expect(article.type(0) == .expert)
        #expect(article.type(1) == .official)
        #expect(article.type(2) == .official)
        #expect(article.type(3) == .soldier)
        #expect(article.type(4) == .civilian)
        #expect(article.type(5) == .civilian)
    }

    /// A party's name and a hyphen before a noun make a politician, whatever the noun: 'topp',
    /// 'profil' are no role nouns, 'veteran' alone is a soldier; a group too. A party's voter is
    /// a private person. The role keeps the party's spelling.
    @Test func aPartyPrefixedTitleMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        – Dette er et svik, sier Frp-veteran Knut Hauge.

        Sp-topp Ola Rud mener at budsjettet er for stramt.

        – Vi stemmer imot, sier Ap-profil Nina Sæter.

        KrF-medlem Dag Vole sier at han vil melde seg ut.

        Flere Høyre-medlemmer sier at de er misfornøyde.

        – Jeg er skuffet, sier Ap-velger Kari Holm.
        """)
        #expect(article.quotes.count == 6)
        for index in 0..<5 { #expect(article.type(index) == .official) }
        #expect(article.type(5) == .civilian)
        #expect(article.speaker(3).role == "KrF-medlem")
    }

    /// A company's heads and press people speak for it ('salgssjef', 'butikksjef' are no
    /// '*sjef' officials; 'konserndirektør', 'pressekontakt' no private persons); a union leader
    /// speaks for the union; a fund manager is an expert; an investor's title is no first name.
    @Test func companyAndUnionTitlesSpeakForTheirBodies() {
        let article = QuoteFixture.analyse("""
        – Salget har tatt seg opp, sier salgssjef Ola Bergum.

        – Hyllene er tomme, sier butikksjef Per Aasen.

        Konserndirektør Lise Holmen sier at prisene går opp.

        Pressekontakt Mari Vikan sier at selskapet ikke vil kommentere saken.

        Forbundsleder Mette Nordli sier at medlemmene er sinte.

        – Renten vil stige, sier porteføljeforvalter Erik Lien.

        Investor Tor Sande sier at børsen er for høyt priset.
        """)
        #expect(article.quotes.count == 7)
        for index in 0..<5 { #expect(article.type(index) == .organisation) }
        #expect(article.type(5) == .expert)
        #expect(article.name(6) == "Tor Sande")
        #expect(article.type(6) == .civilian)
    }

    /// "Per" opening a sentence before a surname is the first name, not the preposition: the
    /// sentence that gives the role ("Per Hagen er leder i …") is about the person who is
    /// quoted by surname later. "Per i dag" stays a preposition.
    @Test func perBeforeASurnameOpeningASentenceIsAFirstName() {
        let article = QuoteFixture.analyse("""
        Per Hagen er leder i Fremskrittspartiet i Bergen.

        – Vi går imot forslaget, sier Hagen.

        Per i dag har kommunen ingen plan, sier Kari Lund.
        """)
        #expect(article.name(0) == "Per Hagen")
        #expect(article.type(0) == .official)
        #expect(article.name(1) == "Kari Lund")
    }

    /// A member of a party, by its name or as "partiet", is a politician; a member of a choir
    /// says nothing of the type.
    @Test func aMemberOfAPartyIsAPolitician() {
        let article = QuoteFixture.analyse("""
        – Jeg er lei meg, sier Kari Holm, medlem av Høyre.

        Tor Bakke er medlem av partiet.

        – Jeg melder meg ut, sier Bakke.

        – Vi øver hver uke, sier Lise Dal, medlem av koret.
        """)
        #expect(article.quotes.count == 3)
        #expect(article.type(0) == .official)
        #expect(article.name(1) == "Tor Bakke")
        #expect(article.type(1) == .official)
        #expect(article.type(2) != .official)
    }

    /// Court, police, health and family titles of crime and health news give their types, and a
    /// relative quoted by a kin noun is not the person with a title the lexicon does not know
    /// quoted just before.
    @Test func courtHealthAndKinTitlesGiveTheirTypes() {
        let article = QuoteFixture.analyse("""
        – Vi ser alvorlig på dette, sier påtaleansvarlig Eva Moe i Agder politidistrikt.

        – Vi er knust, sier svogeren til avdøde.

        Tingrettsdommer Liv Bergan sier at saken blir utsatt.

        Sorenskriver Ola Rud sier at retten har for lite folk.

        – Vi har mange pasienter, sier fastlege Anne Moen.

        Assisterende helsedirektør Espen Nakke sier at smitten øker.

        – Det er for tidlig å si noe, sier vakthavende Jon Dale.
        """)
        #expect(article.quotes.count == 7)
        #expect(article.name(1) == "svogeren til avdøde")
        #expect(article.type(1) == .relative)
        #expect(article.type(2) == .official)
        #expect(article.name(3) == "Ola Rud")
        #expect(article.type(3) == .official)
        #expect(article.type(4) == .expert)
        #expect(article.type(5) == .official)
        #expect(article.type(6) == .official)
    }

    /// Culture titles opening a sentence are titles, not first names; a museum director and a
    /// bishop speak for their bodies; an athlete or a house owner is a private person.
    @Test func cultureAndChurchTitlesAreNoFirstNames() {
        let article = QuoteFixture.analyse("""
        Regissør Liv Ullstad sier at filmen er personlig.

        Komiker Atle Anton sier at han er lei.

        – Vi håper på mange besøkende, sier museumsdirektør Anne Vikan.

        Biskop Atle Sommer sier at kirken må være åpen.

        – Dette er karrierens største seier, sier skiløperen.
        """)
        #expect(article.quotes.count == 5)
        #expect(article.name(0) == "Liv Ullstad")
        #expect(article.name(1) == "Atle Anton")
        #expect(article.name(3) == "Atle Sommer")
        #expect(article.type(0) == .civilian)
        #expect(article.type(2) == .organisation)
        #expect(article.type(3) == .organisation)
        #expect(article.type(4) == .civilian)
    }

    @Test func aPressOfficerOfAMinistrySpeaksAsAnOfficial() {
        let article = QuoteFixture.analyse("""
        – Vi har mottatt brevet, sier pressevakt Siri Haug i Justisdepartementet.
        """)
        #expect(article.name(0) == "Siri Haug")
        #expect(article.type(0) == .official)
    }

    @Test func aPoliceDistrictOrACommunicationsHeadGivesTheType() {
        let article = QuoteFixture.analyse("""
        – Vi har trukket mannskapene ut av området, sier Jon Tveit i Nordland politidistrikt.

        – Vi venter mange besøkende i helgen, sier Lise Aas, kommunikasjonsansvarlig i Fjellfestivalen.

        – Vi venter mange besøkende i helgen, sier Lise Aas, som bor i Nordland.
        """)
        #expect(article.quotes.count == 3)
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .organisation)
    }

    @Test func aPrivatePersonFromAPlaceStaysAPrivatePerson() {
        let article = QuoteFixture.analyse("""
        – Vi så røyken fra vinduet, sier Jon Tveit i Bodø.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.type(0) == .civilian)
    }

    @Test func aCapitalisedTitleBeforeTheNameMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        Møtet ble ledet av Stortingspresident Kari Bergheim i går.

        Bergheim mente at saken måtte utsettes til høsten.
        """)
        #expect(article.name(0) == "Kari Bergheim")
        #expect(article.type(0) == .official)
    }

    @Test func aPartyAfterTheNameInALineWithoutFullStopMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        Debatten gikk hardt for seg.

        Tor Lyngmo (SV) på talerstolen 4. mars 2012

        – Jeg registrerer at representanten igjen tar ordet for å snakke om noe annet, sa Lyngmo.
        """)
        #expect(article.name(0) == "Tor Lyngmo" || article.name(0) == "Lyngmo")
        #expect(article.type(0) == .official)
    }

    @Test func anAppositionInAListOrAPartyBranchMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        Blant dem som har skrevet under er Åse Lien, tidligere ordfører i Vinje, og Tor Mo.

        – Jeg kan ikke lenger stå inne for dette, sier Åse Lien til avisen.

        Også Geir Strand i Vestland Høyre har meldt seg ut.

        – Det var en vanskelig avgjørelse, sier Strand.
        """)
        #expect(article.names == ["Åse Lien", "Geir Strand"])
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .official)
    }

    @Test func aBodyBeforeTheNameIsNoTitleButALeaderInItIs() {
        let article = QuoteFixture.analyse("""
        Dette skriver leder i Senterpartiet Ola Haugen på sin Facebook-side.

        – Vi sørger over en god venn, skriver Haugen.

        Leserinnlegget er skrevet av Kari Dahl fra Bergen.

        – Jeg er lei av køene, skriver Kari Dahl.
        """)
        #expect(article.names == ["Ola Haugen", "Kari Dahl"])
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .civilian)
    }

    @Test func anOutletsCommentatorOrAClubsSportingDirectorSpeaksForIt() {
        let article = QuoteFixture.analyse("""
        – Dette var et historisk løp, sa kommentator Lars Berge i Dagbladet etter målgang.

        – Han blir i klubben ut sesongen, sier sportsdirektør Tom Aas.
        """)
        #expect(article.names == ["Lars Berge", "Tom Aas"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .organisation)
    }

    @Test func theRulesOfTheStortingQuotedAreTheStortingsWords() {
        let article = QuoteFixture.analyse("""
        – Jeg ble avbrutt hele tiden, sier Kari Moe.

        I Stortingets forretningsorden § 14 heter det at «representantene skal tale fra talerstolen.»
        """)
        #expect(article.names == ["Kari Moe", "Stortingets forretningsorden"])
        #expect(article.type(1) == .official)
    }

    @Test func aSectionOfTheRulesIsStillTheRules() {
        let article = QuoteFixture.analyse("""
        – Jeg ble avbrutt hele tiden, sier Kari Moe.

        I paragraf 14 i Stortingets forretningsorden heter det at «Representantene skal tale fra talerstolen».
        """)
        #expect(article.names == ["Kari Moe", "Stortingets forretningsorden"])
    }

    @Test func aHyphenatedPartyLeaderIsTheLeaderNamedBefore() {
        let article = QuoteFixture.analyse("""
        – Budsjettet er urettferdig, sier SV-leder Eli Moen.

        – Jeg står ved det jeg sa, sa SV-lederen etter debatten.
        """)
        #expect(article.names == ["Eli Moen", "Eli Moen"])
        #expect(article.type(1) == .official)
    }

    @Test func aPublicBodyByNameIsAnOfficialSpeaker() {
        let article = QuoteFixture.analyse("""
        – Det er svært glatt flere steder, skriver Bergen-politiet på Twitter.

        Fire nye tilfeller er meldt siden mandag, opplyser Mattilsynet.
        """)
        #expect(article.names == ["Bergen-politiet", "Mattilsynet"])
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .official)
    }

    @Test func aSpokespersonForANamedGroupSpeaksForAnOrganisation() {
        let article = QuoteFixture.analyse("""
        Båten fikk til slutt legge til kai, ifølge talskvinne for Havhjelp Nord, Lene Aune.

        Ingen flere skal sendes videre, ifølge talskvinne for Vest politidistrikt, Eva Lund.
        """)
        #expect(article.names == ["Lene Aune", "Eva Lund"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .official)
    }

    @Test func aRoleAfterSomCloseBehindTheNameGivesTheType() {
        let article = QuoteFixture.analyse("""
        Pedro Alves får fortsette som statsminister i Portugal.

        – Vi må bruke krisen til noe godt, sa Alves i nasjonalforsamlingen.
        """)
        #expect(article.name(0) == "Pedro Alves")
        #expect(article.type(0) == .official)
    }

    @Test func aNameEndingInAnOrganisationNounOrAPartyIsAnOrganisation() {
        let article = QuoteFixture.analyse("""
        Begge utøverne er sendt hjem, opplyser Norges Roforbund.

        Bergen Venstre mener bussene må gå oftere om kvelden.
        """)
        #expect(article.names == ["Norges Roforbund", "Bergen Venstre"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .organisation)
    }

    @Test func aTitleBeforeTheGenitiveOfTheNameGivesTheType() {
        let article = QuoteFixture.analyse("""
        Saken gjelder Sp-nestleder Kari Dyrnes' påstand om skolen. Det blir for lettvint, mener Dyrnes.

        I går gjentok stortingsrepresentant Ola Brun Solheims påstand i radio.

        – Vi står fast på tallene, sier Solheim.
        """)
        #expect(article.name(article.quote(startingWith: "Vi står") ?? -1) == "Solheim")
        #expect(article.type(article.quote(startingWith: "Vi står") ?? -1) == .official)
    }

    @Test func aPressChiefSpeaksForTheCompanyAndForAPublicBodyAsAnOfficial() {
        let article = QuoteFixture.analyse("""
        – Vi beklager forsinkelsene, sier pressesjef Nina Holt i Flytoget.

        – Vi beklager forsinkelsene, sier kommunikasjonssjef Are Lund i Vegdirektoratet.
        """)
        #expect(article.names == ["Nina Holt", "Are Lund"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .official)
    }

    @Test func aRoleDeniedAfterErGivesNoType() {
        let article = QuoteFixture.analyse("""
        – Jeg leser boka om ham nå, sier Geir Lunde.

        Lunde forteller om helten sin. Han ble aldri statsminister, men var en god taler.
        """)
        #expect(article.name(0) == "Geir Lunde")
        #expect(article.type(0) == .civilian)
    }

    @Test func aChairOfTheBoardOrAClubPresidentSpeaksForTheOrganisation() {
        let article = QuoteFixture.analyse("""
        – Vi er skuffet over prosessen, sier styreleder Anne Vik i Brann.

        – Vi fikk den spilleren vi ville ha, sa klubbpresident Tamas Orban.
        """)
        #expect(article.names == ["Anne Vik", "Tamas Orban"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .organisation)
    }

    @Test func aPublicBodyByItsAcronymIsAnOfficialAndSoIsItsAdviser() {
        let article = QuoteFixture.analyse("""
        – Trusselnivået er uendret, sier seniorrådgiver Trine Aas i PST.

        Saken er under behandling, opplyser UDI.

        Saken er omtalt i Gudbrandsdølens Blad. Brannen startet i et uthus, skriver Gudbrandsdølens Blad.
        """)
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .official)
        #expect(article.type(2) == .organisation)
    }

    @Test func nameOpeningWithANationalWordOrAnAcronymIsABody() {
        let article = QuoteFixture.analyse("""
        Kvartalstall

        Ifølge Norsk Tipping økte omsetningen i fjor.

        Ifølge DNB Markets vil renten falle neste år.

        Statens kartverk opplyser at kartene oppdateres.
        """)
        #expect(article.name(0) == "Norsk Tipping")
        #expect(article.type(0) == .organisation)
        #expect(article.name(1) == "DNB Markets")
        #expect(article.type(1) == .organisation)
        #expect(article.type(2) == .official)
    }

    @Test func cityGovernmentTitleOpeningASentenceIsARole() {
        let article = QuoteFixture.analyse("""
        Kunsthall

        Kulturbyråd Mona Vik (Ap) sier at hun gleder seg.
        """)
        #expect(article.name(0) == "Mona Vik")
        #expect(article.type(0) == .official)
    }

    /// "*-direktør" is a body's director speaking for it (organisation), but the director of a
    /// state agency speaks as an official.
    @Test func stateAgencyDirectorIsAnOfficial() {
        let article = QuoteFixture.analyse("""
        Køene vokser

        Nav-direktør Kari Solheim sier at ventetiden skal ned før sommeren.

        NHO-direktør Per Aas sier at bedriftene trenger folk.
        """)
        #expect(article.name(0) == "Kari Solheim")
        #expect(article.type(0) == .official)
        #expect(article.name(1) == "Per Aas")
        #expect(article.type(1) == .organisation)
    }

    /// Foreign bodies of war and world news: the chancellor compounds, Pentagon and the EU
    /// commission are official, Nato an organisation like FN; a proper name keeps its capital
    /// at a sentence start.
    @Test func foreignBodiesOfWorldNewsAreTypedAndKeepTheirNames() {
        let chancellor = QuoteFixture.analyse("Tysklands forbundskansler sier at landet ikke lar seg presse.")
        #expect(chancellor.type(0) == .official)
        let pentagon = QuoteFixture.analyse("Pentagon opplyser at to soldater ble drept i angrepet.")
        #expect(pentagon.name(0) == "Pentagon")
        #expect(pentagon.type(0) == .official)
        let nato = QuoteFixture.analyse("Nato sier at alliansen står samlet bak Ukraina.")
        #expect(nato.name(0) == "Nato")
        #expect(nato.type(0) == .organisation)
        let commission = QuoteFixture.analyse("EU-kommisjonen sier at EU vil svare på tollen.")
        #expect(commission.type(0) == .official)
    }

    /// Court and emergency reporting: the court, state agencies by name or acronym and the
    /// parties of a criminal case.
    @Test func courtsAgenciesAndPartiesOfACaseHaveTheirTypes() {
        let article = QuoteFixture.analyse("""
        Dom i ransaken

        Retten skriver at ranet var godt planlagt.

        Tiltalte forklarte at han ble presset til å delta.

        Fornærmede forklarte at hun fortsatt har mareritt.

        Hovedredningssentralen opplyser at et fartøy er på vei.

        Ifølge SSB har antallet ran gått ned.

        Spesialetterforsker Ola Lie i Økokrim sier at saken er omfattende.
        """)
        #expect(article.name(0) == "retten")
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .civilian)
        #expect(article.type(2) == .civilian)
        #expect(article.type(3) == .official)
        #expect(article.name(4) == "SSB")
        #expect(article.type(4) == .official)
        #expect(article.name(5) == "Ola Lie")
        #expect(article.type(5) == .official)
    }

    /// Business and labour reporting: union leaders speak for their unions, an investment
    /// director for the fund, the director of a state agency as an official.
    @Test func unionAndCompanyTitlesSpeakForTheirBodies() {
        let article = QuoteFixture.analyse("""
        Oppgjøret

        LO-leder Kari Berg sier at rammen er akseptabel.

        Parat-leder Siri Lunde sier at kravet står fast.

        Klubbleder Jon Moe sier at de ansatte er skuffet.

        Investeringsdirektør Eva Sand i Fondet sier at aksjene er billige.

        Finanstilsynsdirektør Leif Ask sier at gjeldsveksten må ned.
        """)
        #expect(article.names == ["Kari Berg", "Siri Lunde", "Jon Moe", "Eva Sand", "Leif Ask"])
        #expect(article.type(0) == .organisation)
        #expect(article.type(1) == .organisation)
        #expect(article.type(2) == .organisation)
        #expect(article.type(3) == .organisation)
        #expect(article.type(4) == .official)
    }

    /// A leader speaks for a body but is a person: "svarer hun" after "forbundslederen".
    @Test func aLeaderTitledForABodyIsStillAPersonForPronouns() {
        let article = QuoteFixture.analyse("""
        Oppgjøret

        Kari Dahl er direktør i banken.

        Forbundslederen sier at reallønnen er sikret.

        – Pensjonistene får en god regulering, svarer hun.
        """)
        #expect(article.name(1) == "forbundslederen")
    }
}
