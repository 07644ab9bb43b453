/// Someone quoted in an article: a person, a group ("kvinnene fra Kursk"), an organisation, or
/// the interviewer. Mentions that refer to the same speaker (full name, surname, pronouns, role
/// nouns) are merged into one speaker, named by its fullest form.
public struct Speaker: Sendable, Hashable {
    /// The fullest name ("Charlotte Flindt Pedersen"), or for a group or an unnamed speaker the
    /// fullest description ("mødre og koner til mobiliserte fra Moskva-regionen").
    public var name: String
    public var type: SpeakerType
    /// Role or apposition as written ("direktør ved Det utenrikspolitiske selskab"), or "".
    public var role: String
    /// A group speaking together (plural description, "en gruppe …").
    public var isGroup: Bool
    /// Byte ranges of the mentions resolved to this speaker, in text order.
    public var mentions: [Range<Int>]

    public init(name: String, type: SpeakerType, role: String = "", isGroup: Bool = false, mentions: [Range<Int>] = []) {
        self.name = name
        self.type = type
        self.role = role
        self.isGroup = isGroup
        self.mentions = mentions
    }

    /// The outlet's own voice: every word outside quotes.
    public static let narrator = Speaker(name: "narrator", type: .narrator)
}

/// Speaker types of the contract (spec/contract.md).
public enum SpeakerType: String, Sendable, Hashable, Codable, CaseIterable {
    case expert, official, soldier, relative, civilian, organisation, journalist, narrator, unknown

    /// The type named by a role lexicon entry (`speaker_type` column), or `unknown`.
    public init(lexiconValue: String) {
        self = SpeakerType(rawValue: lexiconValue.lowercased()) ?? .unknown
    }
}
