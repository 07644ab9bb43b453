/// Polarity of a lexicon entry.
public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
    case positive, negative, neutral

    /// `positive`/`+`, `negative`/`-`, `neutral`/`0`.
    public init?(parsing value: String) {
        switch value.lowercased() {
        case "positive", "+", "pos": self = .positive
        case "negative", "-", "neg": self = .negative
        case "neutral", "0", "neu": self = .neutral
        default: return nil
        }
    }

    /// +1, -1 or 0.
    public var sign: Double {
        switch self {
        case .positive: 1
        case .negative: -1
        case .neutral: 0
        }
    }
}

/// Where a lexicon row came from.
public struct LexiconOrigin: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}

/// A scoring entry: a pattern, its category, polarity and weight, and its conditions.
public struct LexiconEntry: Sendable, Hashable {
    public var pattern: Pattern
    /// Hierarchical id: `grievance.expendability`, `sentiment`, `frame.conflict` …
    public var category: String
    public var polarity: Polarity
    /// Strength, 0…4 (the sign comes from `polarity`).
    public var weight: Double
    public var note: String
    /// The entry counts only if one of these occurs in the sentence within ``contextWindow`` tokens.
    public var context: [Pattern]
    /// The entry does not count if one of these occurs within ``excludeWindow`` tokens.
    public var exclude: [Pattern]
    public var origin: LexiconOrigin

    public static let contextWindow = 6
    public static let excludeWindow = 3

    /// The category's first component: `grievance`, `sentiment`, `frame` … Overlapping matches
    /// are resolved within a layer; different layers may overlap.
    public var layer: Substring { category.split(separator: ".").first ?? Substring(category) }
}

/// A modifier rule: negator, intensifier, dampener or contrast marker.
public struct ModifierEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case negator, intensifier, dampener, contrast }
    public var pattern: Pattern
    public var kind: Kind
    /// Negator: usually -1; intensifier 1.25–2; dampener 0.3–0.8; contrast: weight of the clause after.
    public var value: Double
    public var note: String
    public var origin: LexiconOrigin
}

/// A speech or reporting cue ("sier", "hevder", "ifølge").
public struct CueEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case speech, reporting, indirect }
    public var pattern: Pattern
    public var kind: Kind
    /// Whether the cue typically takes an at-clause (indirect speech).
    public var takesAtClause: Bool
    public var note: String
    public var origin: LexiconOrigin
}

/// A role noun mapped to a speaker type ("forsker" → expert).
public struct RoleEntry: Sendable, Hashable {
    public var pattern: Pattern
    public var speakerType: String
    public var note: String
    public var origin: LexiconOrigin
}

/// An alias of a stance target ("Kreml-sjefen" → target.putin).
public struct TargetEntry: Sendable, Hashable {
    public var pattern: Pattern
    public var target: String
    public var note: String
    public var origin: LexiconOrigin
}

/// A noun for a document, body or witness that "ifølge X" may cite ("rapport", "klubb", "dommen").
public struct SourceNounEntry: Sendable, Hashable {
    /// One word: `*stem` (the noun and its endings) or `=form`, both matched at the end of a word.
    public var pattern: Pattern
    /// `document`, `body`, `court` or `witness` (documentation; every kind is used alike).
    public var source: String
    public var note: String
    public var origin: LexiconOrigin
}

/// A word that makes a name a news outlet's or a party's (organisations.tsv): the last word of an
/// outlet's name ("Aftenblad", "*avisen"), a party's name or genitive as written ("Høyre",
/// "Høyres"), or the party in brackets after a politician's name ("(Sp)").
public struct OrganisationEntry: Sendable, Hashable {
    /// How the word is used, from the `organisation` column.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The last word of an outlet's name, in any case: "Stavanger Aftenblad", "Washington Post";
        /// `*ending` for every word ending so ("*avisen": Adresseavisen).
        case outlet
        /// A party's name as written (case matters: "Rødt", not "rødt"): "Høyre", "Venstre og FrP".
        case party
        /// A party's genitive as written, before a politician's name: "Høyres Kari Holm".
        case partyGenitive = "party_genitive"
        /// The party in brackets after a politician's name, in any case: "Kjersti Toppe (Sp)".
        case partyTag = "party_tag"

        /// Whether the word is compared as written rather than folded.
        public var isCaseSensitive: Bool { self == .party || self == .partyGenitive }
    }

    /// One word: `word` or `=word`; for outlets also `*ending`.
    public var pattern: Pattern
    public var kind: Kind
    /// The word compared with the text, without `=` or `*`: as written (NFC) for ``Kind/party``
    /// and ``Kind/partyGenitive``, folded for ``Kind/outlet`` and ``Kind/partyTag``.
    public var word: String
    /// A `*ending` outlet row: any last word ending in ``word`` counts.
    public var isEnding: Bool
    public var note: String
    public var origin: LexiconOrigin
}

extension OrganisationEntry {
    /// The word an `organisation` row compares, or nil when its pattern is not one word (or a
    /// `*ending` of a kind other than outlet).
    static func word(of pattern: Pattern, kind: Kind) -> String? {
        guard pattern.elements.count == 1 else { return nil }
        switch pattern.elements[0] {
        case .lemma(let folded), .exact(let folded):
            guard kind.isCaseSensitive else { return folded }
            let written = pattern.source.hasPrefix("=") ? String(pattern.source.dropFirst()) : pattern.source
            return CaseFolding.nfc(written)
        case .suffix(let folded):
            return kind == .outlet ? folded : nil
        case .prefix, .gap:
            return nil
        }
    }
}
