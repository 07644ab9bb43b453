import Testing
@testable import Stance

/// Constructions of court, police and sport reporting: where a defendant or a coach spoke ("i
/// retten", "på pressekonferansen"), the court's own findings, and titles of those trades.
@Suite struct CourtAndSportNewsTests {
    // MARK: Where the words were spoken

    @Test func theCourtroomAfterASpeakerIsWhereTheySpoke() {
        let defendant = QuoteFixture.analyse("– Jeg husker ingenting fra den kvelden, forklarte tiltalte i retten.")
        #expect(defendant.name(0) == "tiltalte")
        #expect(defendant.type(0) == .civilian)
        let man = QuoteFixture.analyse("– Jeg slo ham aldri, sa mannen i retten tirsdag.")
        #expect(man.name(0) == "mannen")
        #expect(man.type(0) == .civilian)
        let debate = QuoteFixture.analyse("– Skatten må ned, sa lederen i debatten.")
        #expect(debate.name(0) == "lederen")
        // The body a person belongs to stays: "lederen i foreningen".
        let member = QuoteFixture.analyse("– Vi er skuffet, sier lederen i foreningen.")
        #expect(member.name(0) == "lederen i foreningen")
    }

    // MARK: The court's findings

    @Test func aCourtsFindingIsItsReportedSpeech() {
        let proven = QuoteFixture.analyse("Tingretten fant det bevist at mannen sparket samboeren flere ganger.")
        #expect(proven.quotes.count == 1)
        #expect(proven.words(0) == "mannen sparket samboeren flere ganger")
        #expect(proven.name(0) == "tingretten")
        let concluded = QuoteFixture.analyse("Lagmannsretten kom fram til at bilføreren hadde kjørt grovt uaktsomt.")
        #expect(concluded.words(0) == "bilføreren hadde kjørt grovt uaktsomt")
        let variant = QuoteFixture.analyse("Granskingsutvalget kom frem til at rutinene ikke ble fulgt.")
        #expect(variant.words(0) == "rutinene ikke ble fulgt")
        // Arriving somewhere is no finding.
        #expect(QuoteFixture.analyse("Ambulansen kom fram til ulykkesstedet etter et kvarter.").quotes.isEmpty)
    }

    // MARK: Titles of the prosecution and emergency services

    @Test func prosecutorsAndTheEmergencyClinicAreOfficial() {
        let charge = QuoteFixture.analyse("Påtaleansvarlig Trine Moe sier at sjåføren blir anmeldt.")
        #expect(charge.name(0) == "Trine Moe")
        #expect(charge.type(0) == .official)
        let body = QuoteFixture.analyse("– Vi vil ta ut tiltale før sommeren, sier Økokrim-aktor Pål Lien.")
        #expect(body.name(0) == "Pål Lien")
        #expect(body.type(0) == .official)
        let clinic = QuoteFixture.analyse("Legevakten opplyser at tre personer er behandlet etter brannen.")
        #expect(clinic.type(0) == .official)
    }

    // MARK: A ruling quoted after a dash quote

    @Test func aRulingQuotedAfterADashIsNotTheDefendants() {
        let alone = QuoteFixture.analyse("""
        En 41 år gammel kvinne er dømt for underslag.

        – Tiltalte har misbrukt arbeidsgiverens tillit grovt, heter det i dommen.
        """)
        #expect(alone.quotes.count == 1)
        #expect(alone.name(0) == "dommen")
        let charge = QuoteFixture.analyse("""
        Ola Dahl er tiltalt for grovt ran.

        «Han skal ha truet den ansatte med kniv», går det fram av tiltalen.
        """)
        #expect(charge.name(0) == "tiltalen")
        // After the court itself has spoken, its ruling is the court's words.
        let court = QuoteFixture.analyse("""
        Tingretten viser til at kvinnen har betalt tilbake en del av beløpet.

        – Tiltalte har misbrukt arbeidsgiverens tillit grovt, heter det i dommen.
        """)
        #expect(court.name(1) == "tingretten")
    }

    // MARK: Club names

    @Test func aClubNamedByTwoPlacesWithASlashIsOneName() {
        let after = QuoteFixture.analyse("– Spissen har signert en ny avtale, skriver Bodø/Glimt på sine nettsider.")
        #expect(after.quotes.count == 1)
        #expect(after.name(0) == "Bodø/Glimt")
        let source = QuoteFixture.analyse("Ifølge Bodø/Glimt er keeperen ute resten av sesongen.")
        #expect(source.name(0) == "Bodø/Glimt")
        #expect(source.words(0) == "er keeperen ute resten av sesongen")
        let subject = QuoteFixture.analyse("Bodø/Glimt bekrefter at klubben har mottatt et bud på kapteinen.")
        #expect(subject.quotes.count == 1)
        #expect(subject.name(0) == "Bodø/Glimt")
        let member = QuoteFixture.analyse("Sportssjefen i Bodø/Glimt sier at ingen spillere blir solgt.")
        #expect(member.quotes.count == 1)
        #expect(member.words(0) == "ingen spillere blir solgt")
    }

    // MARK: The accused and the victims

    @Test func aRelativeWrongedByTheAccusedDoesNotMakeThemARelative() {
        let accused = QuoteFixture.analyse("""
        En mann i 40-årene er tiltalt for vold mot sin samboer.

        Mannen forklarte i retten at han bare ville snakke med henne.
        """)
        #expect(accused.quotes.count == 1)
        #expect(accused.type(0) == .civilian)
        // Looking for one's son still makes a relative.
        let mother = QuoteFixture.analyse("""
        Kvinnen har lett etter sin sønn i tre år.

        – Jeg gir aldri opp, sier hun.
        """)
        #expect(mother.type(0) == .relative)
    }

    @Test func aFireCrewSpeaksForTheFireService() {
        let crew = QuoteFixture.analyse("– Røyken var svært tett i trappeoppgangen, sier en av brannmannskapene.")
        #expect(crew.name(0) == "en av brannmannskapene")
        #expect(crew.type(0) == .official)
    }

    // MARK: A person named by nationality before a colon

    @Test func aNationalityNounBeforeAColonIsTheAthleteNamedBefore() {
        let named = QuoteFixture.analyse("""
        Sondre Lie vant 50 kilometer i Holmenkollen.

        Nordmannen var sliten etter målgang: – Dette var det tøffeste løpet jeg har gått.
        """)
        #expect(named.quotes.count == 1)
        #expect(named.name(0) == "Sondre Lie")
        let alone = QuoteFixture.analyse("Svensken var skuffet etter finalen: – Jeg hadde ikke mer å gå på.")
        #expect(alone.name(0).lowercased() == "svensken")
    }
}
