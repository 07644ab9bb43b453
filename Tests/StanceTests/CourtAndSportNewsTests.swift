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
}
