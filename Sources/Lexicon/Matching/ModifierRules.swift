/// What the matcher needs to know, beyond patterns, to turn candidate matches into ``Hit``s:
/// each entry's layer and signed weight, each modifier's role and scope, and the Norwegian
/// function words that end a clause or carry the finite verb. Compiled once per ``Matcher``.
///
/// The rules themselves (docs/lexicon-format.md, "How a match becomes a hit"):
/// - **Negators** (`ikke`, `aldri`, `ingen` …) have scope over a hit that starts at most
///   ``negatorReach`` tokens after them in the same clause; V2 order ("Fornøyd er han ikke") lets a
///   negator after a clause-initial hit count too (see ``Matcher``'s hit rules). `uten` governs
///   only the phrase right after it; `verken`/`hverken` reach across `eller`. In the `sentiment`
///   layer a negated weight is multiplied by ``negationDamping`` × the negator's value (-1 → -0.5:
///   "ikke bra" is mildly negative); in every other layer a negated hit is kept with weight 0.
/// - **Intensifiers** and **dampeners** multiply a hit that starts at most ``modifierReach`` tokens
///   after them ("svært dårlig", "litt bekymret"); chains multiply ("svært mye bedre").
/// - **Contrast**: an adversative (value ≥ 1: `men`, `likevel`, `imidlertid`) multiplies the hits
///   after it in the sentence by its value and those before it by ``contrastBefore``; a
///   concessive (value < 1: `selv om`, `til tross for`) multiplies the hits of its own clause.
public struct ModifierRules: Sendable {
    /// How far (in tokens from the negator's last token to the hit's first) a negator reaches.
    public static let negatorReach = 4
    /// How far `uten` reaches: the phrase it governs ("uten noen støtte").
    public static let governingReach = 3
    /// How far `verken` reaches, across `eller` ("verken god eller dårlig").
    public static let coordinationReach = 8
    /// How far an intensifier or dampener reaches ("svært dårlig", "svært mye bedre").
    public static let modifierReach = 2
    /// How far a concessive reaches into its clause when no punctuation ends it first.
    public static let concessiveReach = 8
    /// Multiplier of a negated sentiment hit per unit of negator value: -1 × 0.5 = -0.5.
    public static let negationDamping = 0.5
    /// Multiplier of hits before an adversative in the same sentence.
    public static let contrastBefore = 0.5

    /// How one modifier acts.
    public enum Role: Sendable, Hashable {
        case negator(NegatorScope, value: Double)
        case intensifier(Double)
        case dampener(Double)
        case adversative(Double)
        case concessive(Double)
    }

    /// How far a negator's scope reaches.
    public enum NegatorScope: Sendable, Hashable {
        /// The rest of the clause, up to ``negatorReach`` tokens (`ikke`, `aldri`, `ingen` …).
        case clause
        /// Only the phrase it governs (`uten`).
        case governed
        /// Both conjuncts of `verken … eller`.
        case coordination
    }

    /// Flags of a folded word form.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A conjunction or subjunction that starts a new clause ("men", "og", "at", "som" …).
        static let clauseBoundary = WordFlags(rawValue: 1)
        /// `eller`: a boundary, except inside `verken … eller`.
        static let eller = WordFlags(rawValue: 2)
        /// A common finite verb (copula, auxiliary, frequent verb), for V2 word order.
        static let finiteVerb = WordFlags(rawValue: 4)
    }

    /// Per entry: layer number (entries of one layer compete for tokens), signed base weight,
    /// whether negation flips it (the `sentiment` layer) and whether it has conditions.
    let entryLayer: [Int32]
    let entryBase: [Double]
    let entryFlips: [Bool]
    /// Names of the layers, by layer number.
    public let layers: [String]
    /// Per modifier of the lexicon: its role.
    public let roles: [Role]
    /// Function words and their flags.
    let words: FormTable
    let wordFlags: [WordFlags]

    /// Conjunctions and subjunctions that start a clause.
    static let clauseWords = ["men", "og", "eller", "at", "som", "fordi", "da", "når", "mens", "hvis", "dersom",
                              "ettersom", "skjønt", "samt", "hvilket", "hvor", "enten"]
    /// Finite verbs that, right after a clause-initial hit, show V2 order ("Fornøyd er han ikke").
    static let finiteVerbs = [
        "er", "var", "blir", "ble", "blei", "har", "hadde", "kan", "kunne", "vil", "ville", "skal", "skulle",
        "må", "måtte", "bør", "burde", "får", "fikk", "gjør", "gjorde", "går", "gikk", "kommer", "kom",
        "står", "sto", "stod", "ser", "så", "synes", "syns", "syntes", "virker", "virket", "føles", "føltes",
        "fremstår", "fremsto", "ligger", "lå", "later", "lot", "tar", "tok", "gir", "ga", "finnes", "fins",
        "fantes", "holder", "holdt", "ble", "kjennes", "kjentes", "høres", "hørtes", "ender", "endte",
    ]

    public init(lexicon: LexiconSet) {
        var layerIDs: [Substring: Int32] = [:]
        var layers: [String] = []
        var entryLayer: [Int32] = [], entryBase: [Double] = [], entryFlips: [Bool] = []
        entryLayer.reserveCapacity(lexicon.entries.count)
        for entry in lexicon.entries {
            let layer = entry.layer
            let id: Int32
            if let known = layerIDs[layer] { id = known } else {
                id = Int32(layers.count)
                layerIDs[layer] = id
                layers.append(String(layer))
            }
            entryLayer.append(id)
            entryBase.append(entry.polarity.sign * entry.weight)
            entryFlips.append(layer == "sentiment")
        }
        self.entryLayer = entryLayer
        self.entryBase = entryBase
        self.entryFlips = entryFlips
        self.layers = layers
        self.roles = lexicon.modifiers.map(ModifierRules.role(of:))

        var words = FormTable()
        var flags: [WordFlags] = []
        func add(_ word: String, _ flag: WordFlags) {
            let id = Int(words.intern(word))
            if id == flags.count { flags.append(flag) } else { flags[id].formUnion(flag) }
        }
        for word in ModifierRules.clauseWords { add(word, .clauseBoundary) }
        add("eller", .eller)
        for verb in ModifierRules.finiteVerbs { add(verb, .finiteVerb) }
        self.words = words
        self.wordFlags = flags
    }

    /// The role of a modifier row: its type and value, and for negators the scope its word implies.
    static func role(of modifier: ModifierEntry) -> Role {
        switch modifier.kind {
        case .negator:
            var scope = NegatorScope.clause
            if modifier.pattern.elements.count == 1 {
                switch modifier.pattern.elements[0] {
                case .exact(let word), .lemma(let word):
                    if word == "uten" { scope = .governed }
                    if word == "verken" || word == "hverken" { scope = .coordination }
                default: break
                }
            }
            // A positive value would not negate: treat anything ≥ 0 as a full negator.
            return .negator(scope, value: modifier.value < 0 ? max(modifier.value, -1) : -1)
        case .intensifier: return .intensifier(modifier.value)
        case .dampener: return .dampener(modifier.value)
        case .contrast: return modifier.value >= 1 ? .adversative(modifier.value) : .concessive(modifier.value)
        }
    }

    /// The flags of a folded form (empty for words that are not function words).
    @inline(__always)
    func flags(ofFolded bytes: UnsafeBufferPointer<UInt8>) -> WordFlags {
        guard let id = words.lookup(bytes) else { return [] }
        return wordFlags[Int(id)]
    }

    /// The layer name of entry `index` (`sentiment`, `grievance` …).
    public func layer(ofEntry index: Int) -> String { layers[Int(entryLayer[index])] }
}
