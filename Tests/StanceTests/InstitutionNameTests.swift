import Testing
@testable import Stance

/// Speakers named as bodies or introduced by role nouns: a name before an institution noun
/// ("Statistisk sentralbyrå", "Agder politidistrikt"), the channel after a speaker ("på X"), party
/// genitives before a name, and role nouns after a quote with no named antecedent
/// (Sources/Stance/Quotes/Mention.swift `institutionNameEnd`, `channelEnd`, `nameStart`;
/// SpeakerResolver.swift `markOrganisation`, `findByDescription`).
@Suite struct InstitutionNameTests {
    @Test func nameBeforeInstitutionNounAfterIfolgeIsOneSpeaker() {
        let article = QuoteFixture.analyse("""
        Prisene steg

        Ifølge Statistisk sentralbyrå steg prisene med fire prosent i fjor.
        """)
        #expect(article.name(0) == "Statistisk sentralbyrå")
        #expect(article.words(0) == "steg prisene med fire prosent i fjor")
        #expect(article.type(0) == .official)
    }

    /// A body's name with lower-case words before its acronym in brackets is one name, and the
    /// body an organisation: "Natur og Ungdom (NU)", "Norsk organisasjon for asylsøkere (NOAS)".
    @Test func aNameBeforeItsAcronymInBracketsIsOneBody() {
        let youth = QuoteFixture.analyse("Natur og Ungdom (NU) krever at gruvedriften i fjorden stanses.")
        #expect(youth.name(0) == "Natur og Ungdom")
        #expect(youth.type(0) == .organisation)
        let asylum = QuoteFixture.analyse("Norsk organisasjon for asylsøkere (NOAS) mener at praksisen bryter med loven.")
        #expect(asylum.quotes.count == 1)
        #expect(asylum.name(0) == "Norsk organisasjon for asylsøkere")
        #expect(asylum.type(0) == .organisation)
        // (A politician's party tag is no acronym of a name.)
        let politician = QuoteFixture.analyse("Kari Holm (SV) mener at praksisen bryter med loven.")
        #expect(politician.name(0) == "Kari Holm")
        #expect(politician.type(0) == .official)
    }

    /// A capitalised genitive of an institution noun before a one-word name opens the body's name:
    /// "Kirkens Bymisjon", "Kirkens Nødhjelp".
    @Test func anInstitutionGenitiveOpensABodysName() {
        let mission = QuoteFixture.analyse("Kirkens Bymisjon mener at flere vil trenge matkasser før jul.")
        #expect(mission.name(0) == "Kirkens Bymisjon")
        let aid = QuoteFixture.analyse("Ifølge Kirkens Nødhjelp mangler flyktningleiren rent vann.")
        #expect(aid.name(0) == "Kirkens Nødhjelp")
        #expect(aid.type(0) == .organisation)
    }

    @Test func policeDistrictOpeningASentenceIsItsSubject() {
        let article = QuoteFixture.analyse("""
        Pågrepet

        Agder politidistrikt opplyser at to personer er pågrepet.
        """)
        #expect(article.name(0) == "Agder politidistrikt")
        #expect(article.type(0) == .official)
    }

    @Test func personAtANamedSchoolIsTheSubjectOfTheCue() {
        let article = QuoteFixture.analyse("""
        Ny skole

        Rektor Tone Lie ved Nesbru skole sier at elevene har tatt nyheten godt.
        """)
        #expect(article.name(0) == "Tone Lie")
        #expect(article.words(0) == "elevene har tatt nyheten godt")
        #expect(article.type(0) == .official)
    }

    @Test func municipalityIsReferredToByItsNounAndItsChannelIsNoPlace() {
        let article = QuoteFixture.analyse("""
        Stengt

        Tromsø kommune opplyser at skolene holder stengt.

        «Vi ber foreldrene følge med», skriver kommunen på Facebook.
        """)
        #expect(article.names == ["Tromsø kommune", "Tromsø kommune"])
        #expect(article.type(1) == .official)
    }

    @Test func channelAfterTheSpeakerIsNotPartOfIt() {
        let article = QuoteFixture.analyse("""
        Stengt vei

        Veien er stengt i begge retninger, skriver politiet på X.
        """)
        #expect(article.name(0) == "politiet")
    }

    @Test func channelBetweenSpeakerAndAtKeepsTheClause() {
        let article = QuoteFixture.analyse("""
        Glatt

        I kveld meldte politiet på Twitter at flere biler har kjørt av veien.
        """)
        #expect(article.words(0) == "flere biler har kjørt av veien")
        #expect(article.name(0) == "politiet")
    }

    @Test func partyGenitiveIsNoPartOfTheName() {
        let article = QuoteFixture.analyse("""
        Skatt

        – Vi vil ha lavere skatt, sier Høyres Peter Frølich.
        """)
        #expect(article.name(0) == "Peter Frølich")
        #expect(article.type(0) == .official)
    }

    @Test func twoWordNameWithAGenitiveStaysWhole() {
        let article = QuoteFixture.analyse("""
        Renten

        Norge har lav ledighet.

        Norges Bank mener at renten må opp.
        """)
        #expect(article.name(0) == "Norges Bank")
    }

    @Test func roleNounAfterAQuoteIsNotAnUnnamedPersonMentionedBefore() {
        let article = QuoteFixture.analyse("""
        Brann

        En kvinne i 70-årene ble skadet i brannen.

        – Jeg hørte et smell og løp ut, sier naboen.
        """)
        #expect(article.name(0) == "naboen")
    }

    @Test func roleNounAfterAQuoteIsNotAReport() {
        let article = QuoteFixture.analyse("""
        Ulykken

        Ifølge en ny rapport fra Sintef skjer de fleste ulykkene om natta.

        «Ingen har snakket med oss», sier faren.
        """)
        #expect(article.name(1) == "faren")
        #expect(article.type(1) == .relative)
    }

    @Test func compoundInstitutionIsNotTheBareNounsAntecedent() {
        let article = QuoteFixture.analyse("""
        Tilsyn

        Statens helsetilsyn har åpnet sak, opplyser tilsynet.

        Mattilsynet sier at de vil undersøke saken.
        """)
        #expect(article.name(0) == "Statens helsetilsyn")
        #expect(article.name(1) == "Mattilsynet")
    }

    @Test func senderOfAStatementAfterHeterDetIsTheSpeaker() {
        let article = QuoteFixture.analyse("""
        Støtte

        Statsråd Kari Dahl la fram forslaget mandag.

        – Dette er et løft, sa Dahl.

        «Ordningen gir hjelp til dem som trenger det mest», heter det i en pressemelding fra departementet.
        """)
        #expect(article.name(1) == "departementet")
        #expect(article.type(1) == .official)
    }

    @Test func senderBetweenHeterDetAndAtIsTheSpeaker() {
        let article = QuoteFixture.analyse("""
        Tilbud

        Det heter i en uttalelse fra Oslo kommune at tilbudet skal styrkes.
        """)
        #expect(article.words(0) == "tilbudet skal styrkes")
        #expect(article.name(0) == "Oslo kommune")
    }

    @Test func detBeforeAnAdjectiveAndABodyIsItsArticle() {
        let article = QuoteFixture.analyse("""
        Sanksjoner

        Det britiske utenriksdepartementet sier at sanksjonene blir skjerpet.
        """)
        #expect(article.words(0) == "sanksjonene blir skjerpet")
        #expect(article.name(0) == "det britiske utenriksdepartementet")
        #expect(article.type(0) == .official)
    }

    @Test func organisationNounCompoundEndsAName() {
        let article = QuoteFixture.analyse("""
        Støtte til festival

        Ifølge Norsk filmråd får festivalen beholde støtten.
        """)
        #expect(article.name(0) == "Norsk filmråd")
        #expect(article.type(0) == .organisation)
    }

    @Test func publicHealthTitlesOpeningASentenceAreRolesNotNames() {
        let article = QuoteFixture.analyse("""
        Smitte

        Fylkeslege Berit Lunde sier at smitten er under kontroll.

        Tillitsvalgt Arne Bø sier at sykepleierne er slitne.
        """)
        #expect(article.names == ["Berit Lunde", "Arne Bø"])
        #expect(article.type(0) == .official)
        #expect(article.type(1) == .organisation)
    }

    @Test func definiteNounAfterAQuoteRefersToTheIndefiniteIntroduction() {
        let article = QuoteFixture.analyse("""
        Brann

        Ifølge Norsk brannvernforening skjer de fleste brannene om vinteren.

        En kvinne i 30-årene ble skadet i brannen.

        – Jeg fikk panikk, sier kvinnen.
        """)
        #expect(article.name(1) == "en kvinne")
    }

    @Test func ageBeforeAPersonNounIsNoGroup() {
        let article = QuoteFixture.analyse("""
        Svindel

        En 81 år gammel mann fra Hamar sier at han ble lurt.

        – Jeg trodde det var banken, sier mannen.
        """)
        #expect(article.names == ["en 81 år gammel mann fra Hamar", "en 81 år gammel mann fra Hamar"])
    }

    /// An age makes its noun a person even when the noun is no role or person noun of the
    /// lexicon ("innsatt", "fange"): the speaker is kept, not dropped.
    @Test func ageMakesAnUnlistedNounAPerson() {
        let article = QuoteFixture.analyse("""
        Fengselet

        – Vi fikk bare ett måltid om dagen, sier en 52 år gammel innsatt fra Bergen.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "en 52 år gammel innsatt fra Bergen")
    }

    @Test func capitalisedBodyNounContinuesAGenitiveName() {
        let article = QuoteFixture.analyse("""
        Lønnsoppgjøret

        Næringslivets Hovedorganisasjon mener at rammen er for høy.
        """)
        #expect(article.name(0) == "Næringslivets Hovedorganisasjon")
        #expect(article.type(0) == .organisation)
    }

    @Test func hyphenatedDirectorAndTheMediatorAreTyped() {
        let article = QuoteFixture.analyse("""
        Brudd

        – Vi ga alt vi kunne, sier Virke-direktør Per Lund.

        Ifølge Riksmekleren er partene langt fra hverandre.
        """)
        #expect(article.name(0) == "Per Lund")
        #expect(article.type(0) == .organisation)
        #expect(article.name(1) == "Riksmekleren")
        #expect(article.type(1) == .official)
    }

    @Test func statsraadenRefersBackToTheMinister() {
        let article = QuoteFixture.analyse("""
        Veibygging

        Samferdselsminister Eva Dahl sier at veien blir bygget.

        Kommunen er fornøyd med vedtaket.

        – Vi har lyttet til folk i området, sier statsråden.
        """)
        #expect(article.names == ["Eva Dahl", "Eva Dahl"])
    }

    @Test func publicBoardIsASpeakerAfterIfolge() {
        let article = QuoteFixture.analyse("""
        Klage

        Ifølge klagenemnda var vedtaket ugyldig.
        """)
        #expect(article.name(0) == "klagenemnda")
        #expect(article.type(0) == .official)
    }

    @Test func ownerOfTheInformationAfterIfolgeIsTheSource() {
        let article = QuoteFixture.analyse("""
        Avtale

        Ifølge Dagbladets opplysninger er avtalen klar.
        """)
        #expect(article.name(0) == "Dagbladet")
        #expect(article.type(0) == .organisation)
    }

    @Test func advokatenRefersBackToTheDefenceCounsel() {
        let article = QuoteFixture.analyse("""
        Anker dommen

        Kommunedirektør Ola Bakke sier at kommunen har endret rutinene.

        Forsvarer Siri Lund sier at dommen vil bli anket.

        – Min klient er uskyldig, sier advokaten.
        """)
        #expect(article.type(0) == .official)
        #expect(article.name(2) == "Siri Lund")
    }

    @Test func bodyAPersonWorksForIsNotThePerson() {
        let article = QuoteFixture.analyse("""
        Stengt badeplass

        – Vi tar ingen sjanser, sier seksjonssjef Hanne Moe i Bymiljøetaten.

        Bymiljøetaten opplyser at nye prøver tas fredag.

        – Vi håper å åpne igjen i helgen, sier de.
        """)
        #expect(article.names == ["Hanne Moe", "Bymiljøetaten", "Bymiljøetaten"])
    }

    @Test func titleNamingABodyStillMeansItsSpokesperson() {
        let article = QuoteFixture.analyse("""
        Vegdirektoratet: – Vi må bygge sikrere veier

        – Vi må bygge sikrere veier i hele landet, sier pressesjef Arne Vik i Vegdirektoratet.
        """)
        #expect(article.name(0) == "Arne Vik")
    }

    @Test func firstNameWithAnAgeIsAPrivatePerson() {
        let article = QuoteFixture.analyse("""
        Ferie

        – Det er jo midt i ferien, sier Jonas (24).
        """)
        #expect(article.name(0) == "Jonas")
        #expect(article.type(0) == .civilian)
    }

    @Test func bodyOpeningAReportedSentenceIsWhatDeRefersTo() {
        let article = QuoteFixture.analyse("""
        Tips

        Statsråd Eva Dahl sier at saken er alvorlig, heter det i en uttalelse fra departementet.

        Politiet ber om tips fra publikum, skriver de på X.
        """)
        #expect(article.name(1) == "politiet")
    }

    @Test func partyPrefixedLeaderIsNotAnotherPartysDeputy() {
        let article = QuoteFixture.analyse("""
        Krise

        Nestleder Henrik Lund sier at partiet må lytte.

        Ifølge Sp-lederen har regjeringen sviktet.
        """)
        #expect(article.name(1) == "Sp-lederen")
    }

    @Test func partyGenitiveThatIsAlsoARoleNounMakesAPolitician() {
        let article = QuoteFixture.analyse("""
        Kritikk

        Senterpartiets Kari Dal sier at forslaget er dårlig.
        """)
        #expect(article.name(0) == "Kari Dal")
        #expect(article.type(0) == .official)
    }

    @Test func ministriesOfTwoCountriesAreTwoSpeakers() {
        let article = QuoteFixture.analyse("""
        Droner

        Ukrainas forsvarsdepartement skriver at 90 droner ble skutt ned.

        Det russiske forsvarsdepartementet opplyser at angrepet rettet seg mot militære mål.
        """)
        #expect(article.name(0) == "Ukrainas forsvarsdepartement")
        #expect(article.name(1) == "det russiske forsvarsdepartementet")
    }

    @Test func airForceIsASourceAfterIfolge() {
        let article = QuoteFixture.analyse("""
        Angrep

        Russland angrep byen med 50 droner i natt, ifølge det ukrainske luftforsvaret.
        """)
        #expect(article.name(0) == "det ukrainske luftforsvaret")
        #expect(article.type(0) == .official)
    }

    @Test func hansBeforeASurnameIsAFirstName() {
        let article = QuoteFixture.analyse("""
        Turister

        Hurtigruten skriver i en e-post at de støtter kravene.

        En turist fra Tyskland, Hans Becker, sier at han elsker fjordene.

        – Det er det vakreste jeg har sett, sier tyskeren.
        """)
        #expect(article.names == ["Hurtigruten", "Hans Becker", "Hans Becker"])
        #expect(article.type(1) == .civilian)
    }

    @Test func foundationNounBeforeAName() {
        let article = QuoteFixture.analyse("""
        Utslipp

        Miljøstiftelsen Bellona mener at utslippene er for høye.
        """)
        #expect(article.name(0) == "Bellona")
        #expect(article.type(0) == .organisation)
    }

    /// A researcher's title and institute, with the institute's acronym in brackets, before the
    /// name: the title is no body named by the acronym ("Forsker" and "FFI" share only a first
    /// letter), the bracket belongs to the institute, and the acronym written alone before the
    /// name is no part of the name.
    @Test func anInstitutesAcronymBetweenTitleAndNameIsNoPartOfEither() {
        let bracketed = QuoteFixture.analyse("""
        Analyse

        Seniorforsker ved Forsvarets forskningsinstitutt (FFI) Eva Lunde mener at droneangrepene skal knekke moralen.
        """)
        #expect(bracketed.quotes.count == 1)
        #expect(bracketed.name(0) == "Eva Lunde")
        #expect(bracketed.type(0) == .expert)
        let longName = QuoteFixture.analyse("""
        Analyse

        Forsker ved Norsk institutt for forsvarsstudier (IFS) Per Vang sier at offensiven kan komme i vinter.
        """)
        #expect(longName.quotes.count == 1)
        #expect(longName.name(0) == "Per Vang")
        let acronym = QuoteFixture.analyse("""
        Analyse

        Forsker ved NUPI Eva Lunde sier at offensiven kan komme i vinter.
        """)
        #expect(acronym.name(0) == "Eva Lunde")
        #expect(acronym.type(0) == .expert)
    }

    /// An acronym defined in brackets after a body's name names that body later, which keeps its
    /// full name: "Natur og Ungdom (NU) … NU mener", "Norsk institutt for vannforskning (NIVA) har
    /// målt … Ifølge NIVA", and letters that need not match ("Ukrainas etterretningstjeneste
    /// (HUR)"). A party tag after a politician defines nothing.
    @Test func anAcronymInBracketsNamesTheBodyLater() {
        let article = QuoteFixture.analyse("""
        Gruver

        Natur og Ungdom (NU) krever at gruvedriften i fjorden stanses.

        Norsk institutt for vannforskning (NIVA) har målt utslippene i tre år.

        Ifølge NIVA er verdiene de høyeste som er målt.

        NU mener at fjorden blir ødelagt for alltid.

        Ukrainas etterretningstjeneste (HUR) hevder at moralen er lav.

        HUR skriver at flere desertører er registrert.
        """)
        #expect(article.names == ["Natur og Ungdom", "Norsk institutt for vannforskning", "Natur og Ungdom",
                                  "Ukrainas etterretningstjeneste", "Ukrainas etterretningstjeneste"])
        let party = QuoteFixture.analyse("""
        Gruver

        Kari Holm (SV) mener at gruvedriften må stanses.

        SV krever at saken behandles på nytt.
        """)
        #expect(party.names == ["Kari Holm", "SV"])
    }

    /// An embassy speaks as an institution: "I en uttalelse skriver ambassaden at …" after a
    /// fronted phrase has "ambassaden" as its inverted subject, the embassy named the sentence
    /// before ("Russlands ambassade i Oslo").
    @Test func anEmbassyIsAnInstitutionThatSpeaks() {
        let article = QuoteFixture.analyse("""
        Reaksjoner

        Også Kinas ambassade i Oslo har reagert på vedtaket.

        I en uttalelse skriver ambassaden at beslutningen vil skade samarbeidet mellom landene.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kinas ambassade i Oslo")
        #expect(article.type(0) == .official)
    }
}

