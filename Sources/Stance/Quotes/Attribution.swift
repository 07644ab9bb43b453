/// A cue next to a quote and the phrase that names its speaker.
struct Attribution: Sendable {
    /// Tokens of the cue: the reporting verb ("sier", "la hun til"), "ifølge", a colon.
    var cue: Range<Int>
    /// The phrase naming the speaker, or nil ("…, heter det i uttalelsen").
    var subject: Mention?
    var rule: AttributionRule
}

extension ArticleWords {
    /// Whether an attribution clause starts at `token` inside or after a quote, given what comes
    /// before it: ", sier X", "? spør X", "» sier X", ", heter det i uttalelsen", ", sier også X".
    ///
    /// - Complexity: O(length of the clause).
    func attributionAfterQuote(at token: Int, limit: Int) -> Attribution? {
        guard token > 0, token < limit else { return nil }
        let previous = token - 1
        let allowed = isComma(previous)
            || (keepsBeforeAttribution(previous) || isQuoteMark(previous)) && isWord(token) && !isCapitalised(token)
        guard allowed else { return nil }
        // ", heter det." / ", står det i meldingen.": a formula without a speaker — unless the
        // document names its sender or owner (", heter det i en uttalelse fra departementet").
        if has(token, [.heter, .documentFormula]), token + 1 < limit, has(token + 1, .expletive), has(token + 1, .determiner)
            || has(token, .heter) && token + 1 < limit && has(token + 1, .expletive) {
            return Attribution(cue: token..<(token + 2), subject: formulaSender(after: token + 2, limit: limit), rule: .cueAfter)
        }
        // ", går det fram av pressemeldingen fra politiet.": only with a source — the sender, or
        // a document that names none (", går det fram av et brev til de ansatte.").
        if let (end, inverted) = emergeFormula(at: token, limit: limit), inverted,
           let sender = formulaSender(after: end, limit: limit) ?? unsentDocument(after: end, limit: limit) {
            return Attribution(cue: token..<end, subject: sender, rule: .cueAfter)
        }
        // "– Nei, var det korte svaret fra X.", ", lyder det fra ledelsen.", ", er meldingen fra
        // Helse Bergen.": a message or answer whose sender follows "fra".
        if isComma(previous), let sender = messageSender(at: token, limit: limit) {
            return Attribution(cue: token..<(token + 1), subject: sender, rule: .cueAfter)
        }
        // ", skal Peskov ha sagt.", ", skal hun ha uttalt.": a hedge, the speaker between the
        // modal and "ha".
        if isComma(previous), has(token, .verb), !has(token, .perfectAux), token + 3 < limit,
           let hedged = readMention(from: token + 1, limit: limit, appositive: false, skipAdverbs: false),
           hedged.kind == .name || hedged.kind == .pronoun && !hedged.pronoun.isDisjoint(with: [.han, .hun, .de]),
           hedged.end + 1 < limit, has(hedged.end, .perfectAux), endsWith(hedged.end, "a"), cue(hedged.end + 1) >= 0,
           cueKind(cue(hedged.end + 1)) != .indirect {
            return Attribution(cue: (hedged.end + 1)..<Int(cueEnd[hedged.end + 1]), subject: hedged, rule: .cueAfter)
        }
        var cueToken = token
        var skipped = 0
        while cueToken < limit, skipped < 2, cue(cueToken) < 0, has(cueToken, [.adverb, .heter, .expletive]) {
            cueToken += 1
            skipped += 1
        }
        guard cueToken < limit, sentence(cueToken) == sentence(token) else {
            return isComma(previous) ? unlistedVerbAttribution(at: token, limit: limit) : nil
        }
        let item = cue(cueToken)
        guard item >= 0, cueKind(item) != .indirect, !isPassiveCue(cueToken) else {
            return isComma(previous) ? unlistedVerbAttribution(at: token, limit: limit) : nil
        }
        let cueEnd = Int(self.cueEnd[cueToken])
        // ", sier at …" belongs to the quote, not to an attribution; so does ", sa alltid at …"
        // ("– Kona mi, Else, sa alltid at …": an apposition inside the quote, then its verb).
        var afterCue = cueEnd
        while afterCue < limit, afterCue - cueEnd < 2, has(afterCue, .adverb), !has(afterCue, .at) { afterCue += 1 }
        if afterCue < limit, has(afterCue, .at) { return nil }
        let subject = subjectAfterCue(cueToken, cueEnd: cueEnd, limit: sentenceEnd(of: cueToken))
        // ("– Er du redd? spør vi.": the outlet's interviewer asking, see isInterviewerWe.)
        if let subject, subject.kind == .pronoun, subject.pronoun.contains(.jeg) || subject.pronoun.contains(.vi),
           !isInterviewerWe(subject, cue: cueToken, after: previous) { return nil }
        if skipped > 0 && subject == nil && !has(token, .heter) { return nil }
        // "Aksjonsgruppen «Ja til park» krever i et opprop …": a name in quotation marks, then
        // the verb of the sentence; an attribution after a quote has a comma or a speaker.
        if subject == nil && !isComma(previous) { return nil }
        return Attribution(cue: cueToken..<cueEnd, subject: subject, rule: .cueAfter)
    }

    /// "– Er du redd før kamp? spør vi.", "spurte vi": "vi" asking right after a question is the
    /// outlet's own interviewer, not a group inside the quote.
    func isInterviewerWe(_ subject: Mention, cue: Int, after previous: Int) -> Bool {
        subject.kind == .pronoun && subject.pronoun.contains(.vi) && subject.tokens.count == 1
            && has(cue, .asks) && isQuestionMark(previous)
    }

    /// "– …, leser soldatene i kor." at the end of a quote paragraph: a verb the lexicon does not
    /// list, then the speaker (a pronoun, a name or a person noun) and at most a short phrase.
    func unlistedVerbAttribution(at token: Int, limit: Int) -> Attribution? {
        guard sentenceEnd(of: token) == limit, isWord(token), !isCapitalised(token), !has(token, WordClass.function),
              role(token) < 0, token + 1 < limit else { return nil }
        let pastOrPresent = endsWith(token, "er") || endsWith(token, "et") || endsWith(token, "te") || endsWith(token, "de")
            || has(token, .deponent)
        guard pastOrPresent || lastFormByte(token) == 0x72 else { return nil }
        guard let subject = readMention(from: token + 1, limit: limit, appositive: true, skipAdverbs: true),
              subject.kind == .name
                || pastOrPresent && (subject.kind == .pronoun && !subject.pronoun.isDisjoint(with: [.han, .hun, .de])
                    || subject.kind == .definite && subject.personHead) else { return nil }
        var end = subject.end
        var rest = 0
        while end < limit, !isSentenceFinal(end) {
            if has(end, [.at, .som, .verb]) || cue(end) >= 0 || isComma(end) { return nil }
            rest += 1
            end += 1
        }
        guard rest <= 4 else { return nil }
        return Attribution(cue: token..<(token + 1), subject: subject, rule: .cueAfter)
    }

    /// "Det sa Nordmann til NTB." / "Dette sier Nordmann." after a quote: the sentence at `token`
    /// attributes the words before it.
    func attributionSentence(at token: Int, limit: Int) -> Attribution? {
        if let claim = claimSentence(at: token, limit: limit) { return claim }
        guard token + 1 < limit, isWord(token), has(token, .expletive), isInitial(token) else { return nil }
        let cueToken = token + 1
        if let emerges = emergesSentence(at: cueToken, limit: limit) { return emerges }
        let item = cue(cueToken)
        guard item >= 0, cueKind(item) != .indirect else { return nil }
        let cueEnd = Int(self.cueEnd[cueToken])
        let end = sentenceEnd(of: token)
        guard let subject = subjectAfterCue(cueToken, cueEnd: cueEnd, limit: end) else { return nil }
        if subject.kind == .pronoun, !subject.pronoun.isDisjoint(with: [.jeg, .vi]) { return nil }
        // Nothing but the speaker and a short addition ("til VG", "i videoen") may follow — except
        // after "Slik", which always refers back ("Slik beskriver arrangørene den nye artisten …").
        let slik = endsWithBytes(token, Array("lik".utf8))
        let tail = subject.end..<(coordinatedCue(from: subject.end, limit: end) ?? end)
        guard slik || tail.count <= 6, !tail.contains(where: { has($0, .at) }) else { return nil }
        return Attribution(cue: cueToken..<cueEnd, subject: subject, rule: .cueNextSentence)
    }

    /// "«…» Påstanden fremmet Ola Dal i debatten.", "Utsagnet kom fra Sp-leder Kari Lie.": a
    /// definite noun for a claim or a quotation opening the sentence after a quote, one verb, and
    /// the name of whoever made it (its inverted subject, or after "fra"), with at most a short
    /// addition after it: that one said the quote. Nil for any other sentence.
    func claimSentence(at token: Int, limit: Int) -> Attribution? {
        let verb = token + 1
        guard verb + 1 < limit, isWord(token), isInitial(token), has(token, [.reportingNoun, .quotationNoun]),
              endsWithAny(token, Self.definiteNounEndings), isWord(verb), !isCapitalised(verb),
              !has(verb, WordClass.function) || has(verb, .verb) && !has(verb, .perfectAux),
              !has(verb, [.er, .adverb, .ikke, .at, .som]) else { return nil }
        let first = has(verb + 1, .fra) ? verb + 2 : verb + 1
        let end = sentenceEnd(of: token)
        guard first < end, let subject = readMention(from: first, limit: end, appositive: false, skipAdverbs: false),
              subject.kind == .name, subject.name?.lowerBound == first || subject.head == first,
              end - subject.end <= 6, !(subject.end..<end).contains(where: { has($0, [.at, .som]) || cue($0) >= 0 }) else { return nil }
        return Attribution(cue: verb..<(verb + 1), subject: subject, rule: .cueNextSentence)
    }

    /// Endings of a definite singular noun: "påstanden", "utsagnet".
    private static let definiteNounEndings: [[UInt8]] = ["en", "et"].map { Array($0.utf8) }

    /// "Det sier Kari Dahl ved NTNU og legger til at …": "og" or "men" (after a comma or not)
    /// and a second verb of saying within a few words after the speaker end the attribution,
    /// the second verb sharing its subject; nil when no such verb follows.
    private func coordinatedCue(from start: Int, limit: Int) -> Int? {
        var token = start
        while token + 1 < limit, token - start <= 4 {
            if has(token, [.og, .men]), cue(token + 1) >= 0 { return isComma(token - 1) ? token - 1 : token }
            if has(token, .at) || isSentenceFinal(token) { return nil }
            token += 1
        }
        return nil
    }

    /// "Det går fram av en pressemelding fra politiet.", "Dette framgår av politiets logg.": a
    /// document formula at `verb`, right after "Det"/"Dette", that ends its sentence with the
    /// document's source (a short addition allowed): the sentence before is the source's.
    func emergesSentence(at verb: Int, limit: Int) -> Attribution? {
        guard let (formulaEnd, inverted) = emergeFormula(at: verb, limit: limit), !inverted else { return nil }
        var token = formulaEnd
        while token < limit, has(token, .adverb), !has(token, .negation) { token += 1 }
        let end = sentenceEnd(of: verb)
        guard token + 1 < end, has(token, [.av, .i]), let (source, documentEnd) = documentSource(after: token, limit: end),
              let source, documentEnd <= end else { return nil }
        var rest = documentEnd
        while rest < end, !isSentenceFinal(rest) {
            if rest - documentEnd > 3 || has(rest, [.at, .som, .verb]) || isComma(rest) { return nil }
            rest += 1
        }
        return Attribution(cue: verb..<formulaEnd, subject: source, rule: .cueNextSentence)
    }

    /// The sender in "var det korte svaret fra X", "er beskjeden fra X", "lyder det fra X", "heter
    /// det fra X" at `token` (after a quote and its comma): a copula with a message noun, or
    /// "lyder"/"heter" with "det", then "fra" and the sender, and nothing long after it.
    func messageSender(at token: Int, limit: Int) -> Mention? {
        guard has(token, [.er, .sounds, .heter]) else { return nil }
        var index = token + 1
        var message = has(token, [.sounds, .heter]) && index < limit && has(index, .expletive) && has(index, .determiner)
        while index < limit, index - token <= 5, !has(index, .fra) {
            // ("svaret" is also a form of the cue "svare".)
            if has(index, [.reportingNoun, .quotationNoun]) {
                message = true
                index += 1
                continue
            }
            guard isWord(index), !has(index, [.verb, .at, .som]) || has(index, .expletive), cue(index) < 0 else { return nil }
            index += 1
        }
        guard message, index + 1 < limit, has(index, .fra),
              let sender = readMention(from: index + 1, limit: limit, appositive: false, skipAdverbs: false),
              sender.kind == .name || sender.isPersonLike || sender.kind == .definite, sender.kind != .pronoun else { return nil }
        var rest = sender.end
        while rest < limit, !isSentenceFinal(rest) {
            if rest - sender.end > 4 || has(rest, [.at, .som]) || isComma(rest) { return nil }
            rest += 1
        }
        return sender
    }

    /// The speaker named after a cue verb (inverted order, "sier Kari Nordmann"), or inside a gap
    /// of the cue ("la hun til").
    func subjectAfterCue(_ cueToken: Int, cueEnd: Int, limit: Int) -> Mention? {
        if cueEnd - cueToken >= 3, let inner = readMention(from: cueToken + 1, limit: cueEnd - 1, appositive: false) {
            return inner
        }
        guard cueEnd < limit else { return nil }
        guard let mention = readMention(from: cueEnd, limit: limit) else { return nil }
        // "sier til VG at …" is no subject; "sier det slik" neither. A definite or partitive
        // noun right after the verb is: "ropte noen av passasjerene", "skriver departementet".
        if mention.kind == .pronoun || mention.kind == .name || mention.personHead { return mention }
        // "skriver Khans kontor", "opplyser selskapet": an organisation noun.
        if mention.head >= 0, has(mention.head, .orgWord), mention.kind == .definite || mention.tokens.count > 1 {
            var organisation = mention
            organisation.personHead = true
            return organisation
        }
        if mention.head >= 0, mention.kind == .definite || mention.plural && mention.group, !has(mention.head, .expletive) {
            return mention
        }
        return nil
    }

    /// The end token (exclusive) of the sentence holding `token`.
    func sentenceEnd(of token: Int) -> Int { segmentation.sentences[sentence(token)].tokens.upperBound }
    /// The first token of the sentence holding `token`.
    func sentenceStart(of token: Int) -> Int { segmentation.sentences[sentence(token)].tokens.lowerBound }

    enum SubjectSide { case before, after, coordinated, relative, none }

    /// The subject of the cue at `cueToken`: before the verb ("Kvinnene fra Kursk hevder"),
    /// after it when something else opens the clause ("I videoen sier soldatene"), the antecedent
    /// of "som" ("soldater fra Perm, som i en video sier"), or shared with a coordinated verb
    /// ("… klager kvinnene – og ber om").
    func subjectOfCue(_ cueToken: Int, cueEnd: Int, from lowerLimit: Int, limit: Int) -> (Mention?, SubjectSide) {
        // "Altran har innrømmet at", "Rackete hadde tidligere sagt at", "I opptaket har Zuckerberg
        // sagt at", "skal ha sagt at": a participle; the subject stands around the auxiliary.
        if cueToken > lowerLimit, let aux = perfectAuxiliary(before: cueToken, from: lowerLimit) {
            return subjectOfCue(aux, cueEnd: aux + 1, from: lowerLimit, limit: limit)
        }
        // "Frp ser ut til å mene at …", "Regjeringen later til å mene at …": an infinitive cue
        // after a verb of seeming has that verb's subject.
        if let seeming = seemingVerb(before: cueToken, from: lowerLimit) {
            return subjectOfCue(seeming, cueEnd: seeming + 1, from: lowerLimit, limit: limit)
        }
        // "Dette får Høybråten til å reagere: …", "Kuttet fikk SV til å si at …": the object of a
        // causative "få … til å" is who speaks.
        if let object = causativeObject(before: cueToken, from: lowerLimit) { return (object, .before) }
        var regionStart = lowerLimit
        var index = cueToken - 1
        while index >= lowerLimit {
            // ("En soldat som kaller seg «Bohdan», sier at …": a name in quote marks after a
            // verb of naming belongs to the subject's relative clause.)
            if isQuoteMark(index), let opening = openingOfQuotedName(closing: index, from: lowerLimit) {
                index = opening - 1
                continue
            }
            // (Not the apostrophe of a genitive inside the sentence: "Røde Kors' generalsekretær
            // sier …"; an unknown first word before it may be no name: "Lars' advokat sier …".)
            if isColon(index) || isPunct(index, 0x3B) || isDash(index)
                || isQuoteMark(index) && !(isGenitiveApostrophe(index) && !isInitial(index - 1)) {
                regionStart = index + 1
                break
            }
            // "…, mens Terje Moen (Ap) hevder …": a subordinate clause with its own subject.
            if isComma(index), index + 1 < cueToken, has(index + 1, .subordinator), !has(index + 1, [.at, .som]) {
                regionStart = index + 2
                break
            }
            // "… til tross for at statsministeren i valgkampen sa at …", "etter at klubben bekreftet
            // at …": a clause after a preposition and "at" has a subject of its own (not after "uten":
            // "uten at hun sa at …" reports nothing; not across a comma: "Etter at geologene hadde
            // sett på fjellet, kunngjorde NVE at …" has the main clause's subject after the verb).
            // (Not "legger til at hun håper …": "til" is the particle of the cue, and the clause its report.)
            if has(index, .at), index > lowerLimit, index + 1 < cueToken, has(index - 1, .preposition), !endsCue(at: index - 1),
               !((index + 1)..<cueToken).contains(where: { isComma($0) }),
               !isForm(index - 1, ArticleWords.uten), isWord(index + 1), !has(index + 1, [.adverb, .ikke]) || has(index + 1, [.de, .han, .hun]) {
                regionStart = index + 1
                break
            }
            // "Weidmann er favoritt, men Steinnes sier …", "…, og Venstre og FrP er enige om at …":
            // a main clause with a subject of its own.
            // (After "og" only a plain subject: "…, og Ole Dal, tidligere ordfører, skriver X." ends a list.)
            if isComma(index), index + 2 < cueToken,
               has(index + 1, .men) || has(index + 1, .og) && !((index + 1)..<cueToken).contains(where: { isComma($0) }) {
                regionStart = index + 2
                break
            }
            index -= 1
        }
        while regionStart < cueToken, !isLexical(regionStart) { regionStart += 1 }
        regionStart = afterTimeStamp(regionStart, limit: cueToken)
        if regionStart >= cueToken {
            return (subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit).flatMap { $0.isPersonLike ? $0 : nil }, .after)
        }
        var last = cueToken - 1
        // "der hun til NTB fortalte at …": the outlet told, between the subject and the verb.
        if let outlet = outletPhrase(endingAt: cueToken, from: regionStart) { last = outlet - 1 }
        while last >= regionStart, has(last, .adverb), !has(last, [.de, .han, .hun]) { last -= 1 }
        if last >= regionStart, has(last, [.og, .men]) {
            // "…, og da fortalte hun at …": an adverb after the conjunction puts the subject
            // after the verb.
            if last < cueToken - 1, let after = subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit),
               after.kind == .pronoun || after.kind == .name {
                return (after, .after)
            }
            return (nil, .coordinated)
        }
        // "…, og fredag kunngjorde han at …", "og da fortalte hun at": a fronted time word after
        // the conjunction, then the verb and its own subject.
        var conjunction = last
        while conjunction >= regionStart, conjunction > cueToken - 4, has(conjunction, [.adverb, .time]),
              !has(conjunction, [.de, .han, .hun, .og, .men]) {
            conjunction -= 1
        }
        if conjunction >= regionStart, conjunction < last, has(conjunction, [.og, .men]) {
            if let after = subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit), after.isPersonLike { return (after, .after) }
            return (nil, .coordinated)
        }
        // "… etter at han likevel skrev at …", "…, mens hun sier at …": a pronoun subject of
        // an embedded clause, right after its subordinator.
        // Not after a bare "at": "sier at hun håper at …" is reported speech inside reported speech;
        // nor after "om": "På spørsmål om han synes at …" is a question.
        let introducer = last - 1
        if last > regionStart, has(last, [.han, .hun, .de]), !has(last, .determiner) || has(last, [.han, .hun]),
           has(introducer, [.og, .men]) || isComma(introducer)
            || has(introducer, .subordinator) && !has(introducer, [.at, .om])
            || has(introducer, .at) && introducer > regionStart && has(introducer - 1, .preposition) && !endsCue(at: introducer - 1),
           let pronoun = readMention(from: last, limit: cueToken, appositive: false, skipAdverbs: false), pronoun.kind == .pronoun {
            return (pronoun, .before)
        }
        // "Som Walter Burkert påpeker i boka: …" ("as X points out"): the subject follows "Som".
        if has(regionStart, .som), regionStart + 1 < cueToken,
           let mention = readMention(from: regionStart + 1, limit: cueToken, appositive: false, skipAdverbs: false),
           mention.isPersonLike, mention.kind != .pronoun || !mention.pronoun.isDisjoint(with: [.han, .hun, .de]) {
            var end = mention.end
            while end < cueToken, has(end, .adverb) { end += 1 }
            if end == cueToken { return (mention, .before) }
        }
        // A relative clause whose verb is the cue.
        var relative = cueToken - 1
        while relative >= regionStart {
            if isComma(relative) || has(relative, .verb) { break }
            // (Not "Som svar på …" opening the clause: a relative follows its antecedent.)
            if has(relative, .som), relative > regionStart {
                let end = relative > regionStart && isComma(relative - 1) ? relative - 1 : relative
                return (antecedent(endingAt: end, from: regionStart), .relative)
            }
            relative -= 1
        }
        var start = regionStart
        // "Også Kari Holm sier at …", "Både Holm og Dal mener …": a focus particle before the
        // subject, not a fronted adverbial ("Også i Agder melder politiet …" is one).
        if isForm(start, ArticleWords.ogsaa) || isForm(start, ArticleWords.baade), start + 1 < cueToken, isWord(start + 1),
           !has(start + 1, [.preposition, .adverb, .subordinator, .time, .expletive, .at, .ikke]) {
            start += 1
        }
        // ("Dag Terje Andersen har sagt at …": a first name that is also a time word, before a
        // capitalised surname, is no fronted adverbial.)
        // (Nor "Per Olsen sier at …": the preposition "per" as a first name, which `mayStartName`
        // accepts before a surname.)
        let firstName = (has(start, .time) && !has(start, .preposition) || has(start, .preposition) && isCapitalised(start) && mayStartName(start))
            && start + 1 < cueToken && isWord(start + 1) && isCapitalised(start + 1) && !has(start + 1, WordClass.function)
        if let body = bodyOfWe(at: start, cueToken: cueToken) { return (body, .before) }
        // "Mens Kari Holm sier at …, mener …", "Selv om sentralbanken tror at …": a subordinate
        // clause opening the sentence has its subject right after the conjunction.
        if let subject = subjectAfterConjunction(at: start, cueToken: cueToken) { return (subject, .before) }
        // ("Det ukrainske forsvarsdepartementet opplyser at …": "Det" as the article of a
        // subject, an adjective and a person-like noun right before the verb, or the name that
        // follows it: "Det russiske nyhetsbyrået Tass melder at …".)
        if has(start, .expletive), has(start, .determiner), start + 2 < cueToken, isWord(start + 1), !isCapitalised(start + 1),
           let described = readMention(from: start, limit: cueToken, appositive: false, skipAdverbs: false),
           described.kind != .pronoun, described.isPersonLike,
           described.name.map { $0.lowerBound > start + 2 } ?? (described.head > start + 1),
           ((described.end)..<cueToken).allSatisfy({ has($0, .adverb) && !has($0, [.de, .han, .hun]) }) {
            return (described, .before)
        }
        if has(start, [.preposition, .adverb, .subordinator, .time, .expletive, .accordingTo, .at])
            && !has(start, [.de, .han, .hun]) && !firstName || segmentation.tokens.kinds[start] == .number && !isWord(start)
            || isFrontedTimePhrase(start..<cueToken) {
            return (subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit).flatMap { $0.isPersonLike ? $0 : nil }, .after)
        }
        if has(start, [.og, .men]) { start += 1 }
        guard var mention = readMention(from: start, limit: cueToken, appositive: true, skipAdverbs: false) else { return (nil, .none) }
        // "Kari Holm og Ola Dal mener at …", "Røde Kors og Redd Barna sier …": two named subjects
        // are one speaker, the pair.
        if let pair = namePair(mention, limit: cueToken) {
            var after = pair.end
            while after < cueToken, has(after, .adverb), !has(after, [.de, .han, .hun]) { after += 1 }
            if after == cueToken { mention = pair }
        }
        var end = mention.end
        // "Nestleder i bydelsutvalget, Ingeborg Kraft (V), sier": the name after the role.
        var comma = end
        while comma < cueToken, comma - end <= 8, !isComma(comma), !has(comma, [.verb, .at, .som]), cue(comma) < 0 || role(comma) >= 0 {
            comma += 1
        }
        if mention.kind != .name, comma < cueToken, isComma(comma), mention.isPersonLike,
           let name = readMention(from: comma + 1, limit: cueToken, appositive: false, skipAdverbs: false), name.kind == .name {
            var after = name.end
            if after < cueToken, isPunct(after, 0x28) {
                while after < cueToken, !isPunct(after, 0x29) { after += 1 }
                after += 1
            }
            if after < cueToken, isComma(after), after + 1 == cueToken {
                var named = name
                named.roleParts = [mention.tokens.lowerBound..<comma]
                mention = named
                end = cueToken
            }
        }
        // "Ingeborg Kraft (V), sier", "Terje Moen (Ap), leder for komiteen, hevder": a party in
        // parentheses, then an appositive between commas.
        if end < cueToken, isPunct(end, 0x28) {
            var close = end + 1
            while close < cueToken, close - end <= 5, !isPunct(close, 0x29) { close += 1 }
            if close < cueToken, isPunct(close, 0x29) { end = close + 1 }
        }
        // "Kari Holm (Ap) som er kandidat til ordførervervet, lover at …", "En gruppe som jobber
        // mot vold, frykter at …": a relative clause closed by the comma before the verb.
        // ("Kilder VG har snakket med, sier …", "Kilder som VG har snakket med sier …": without
        // "som" after a plural noun, or closed by a stranded preposition instead of a comma.)
        // ("En soldat som kaller seg «Bohdan», sier at …": a clause that names the subject may hold
        // a naming verb and a name in quote marks.)
        let relativeClause = end < cueToken && (has(end, .som) || mention.name == nil && mention.head >= 0 && mention.personHead
                                          && opensRelativeClause(end, afterHead: mention.head, limit: cueToken))
        let naming = relativeClause && (end..<(cueToken - 1)).contains { has($0, .naming) }
        if relativeClause, mention.kind == .name || mention.isPersonLike && mention.kind != .pronoun,
           isComma(cueToken - 1) || has(cueToken - 1, .preposition) && !has(cueToken - 1, .accordingTo) && cueToken - 1 > end + 1
            // ("Kvinnen som bor i nærheten sier …": the comma left out after a subject that opens the sentence.)
            || has(end, .som) && firstLexical(from: lowerLimit, limit: cueToken) == mention.tokens.lowerBound && cueToken - end <= 8,
           cueToken - end <= 14,
           // (A cue inside the clause disqualifies it when it reports there: with its own at-clause,
           // "som sa at …", or as a particle verb of saying, "som hadde lagt seg til …, sa X". "En
           // pårørende som ventet i fem timer, forteller at …" has the verb "vente" alone.)
           !(end..<(cueToken - 1)).contains(where: { token in
               isComma(token) || isQuoteMark(token) && !naming
                   || cue(token) >= 0 && !has(token, .naming)
                       && (Int(self.cueEnd[token]) > token + 1 || ((token + 1)..<(cueToken - 1)).contains { has($0, .at) }) }) {
            end = cueToken
        }
        // "Kari Holm, leder i X, sier", "Føreren av bilen, en mann i 40-årene, opplyste": an
        // apposition between commas (after a description, a short one).
        let described = mention.kind == .definite || mention.isPersonLike && mention.kind != .pronoun
        if end < cueToken, isComma(end) || isComma(end - 1), mention.kind == .name || described, isComma(cueToken - 1) {
            let last = cueToken - 1
            if last >= end, cueToken - end <= (mention.kind == .name ? 16 : 10),
               !(end..<last).contains(where: { has($0, [.verb, .at, .som]) && role($0) < 0 || isQuoteMark($0) || cue($0) >= 0 && role($0) < 0 }) {
                end = cueToken
            }
        }
        while end < cueToken, has(end, .adverb) || isComma(end) { end += 1 }
        if end < cueToken, outletPhrase(endingAt: cueToken, from: end) == end { end = cueToken }
        return end == cueToken ? (mention, .before) : (nil, .none)
    }

    /// The opening mark of a name in quote marks that closes at `closing` and follows a verb of
    /// naming ("kaller seg «Bohdan»", "som heter «Olena»"): at most four words, all capitalised
    /// or joined to a capitalised first word. Nil for any other quotation, so a quotation still
    /// bounds the subject's region.
    func openingOfQuotedName(closing: Int, from lowerLimit: Int) -> Int? {
        var opening = closing - 1
        while opening > lowerLimit, closing - opening <= 5, !isQuoteMark(opening) {
            guard isWord(opening) || isPunct(opening, 0x2D) else { return nil }
            opening -= 1
        }
        guard opening > lowerLimit, opening + 1 < closing, isQuoteMark(opening), isCapitalised(opening + 1) else { return nil }
        var verb = opening - 1
        if has(verb, .seg), verb > lowerLimit { verb -= 1 }
        return has(verb, .naming) ? opening : nil
    }

    /// "Vi i Holder de ord mener …", "Vi i Fagforbundet krever …": "vi" and the body after "i" or
    /// "fra" right before the cue verb; the body speaks (a name of at most four words that opens
    /// with a capital, none of them a verb or punctuation; one word only when it names a body).
    /// Nil for any other subject.
    func bodyOfWe(at start: Int, cueToken: Int) -> Mention? {
        let first = start + 2
        // (One word only when it names a body: "Vi i Oslo sier …" are its people, whom the
        // article does not name.)
        guard has(start, .vi), first < cueToken, cueToken - first <= 4, has(start + 1, [.i, .fra]), isWord(first), isCapitalised(first),
              cueToken - first > 1 || isAllCaps(first) || has(first, .orgWord) || isPartyName(first)
                || role(first) >= 0 && (roleTypeOf(role(first)) == .organisation || roleIsInstitution(role(first))),
              (first..<cueToken).allSatisfy({ isWord($0) && cue($0) < 0 && (!has($0, .verb) || isCapitalised($0)) && !has($0, [.at, .som]) })
        else { return nil }
        var mention = Mention(kind: .name, tokens: first..<cueToken, end: cueToken)
        mention.name = first..<cueToken
        return mention
    }

    /// The subject of a subordinate clause that opens at `start` with a conjunction ("Mens",
    /// "Når", "Fordi", "Selv om") and whose verb is the cue at `cueToken`: a name or a person-like
    /// phrase (a pronoun "han"/"hun"/"de") with at most adverbs before the verb; nil otherwise.
    func subjectAfterConjunction(at start: Int, cueToken: Int) -> Mention? {
        var first = start
        if isForm(start, ArticleWords.selv), start + 1 < cueToken, has(start + 1, .om) {
            first = start + 2
        } else if has(start, .subordinator), !has(start, [.at, .som, .expletive, .om]),
                  ArticleWords.clauseConjunctions.contains(where: { isForm(start, $0) }) {
            first = start + 1
        } else {
            return nil
        }
        // (A definite subject too: "Selv om sentralbanken tror at …".)
        guard first < cueToken, isWord(first),
              let mention = readMention(from: first, limit: cueToken, appositive: false, skipAdverbs: false),
              mention.isPersonLike || mention.kind == .definite && mention.head >= 0 && !has(mention.head, WordClass.function),
              mention.kind != .pronoun || !mention.pronoun.isDisjoint(with: [.han, .hun, .de]) else { return nil }
        var end = mention.end
        while end < cueToken, has(end, .adverb), !has(end, [.de, .han, .hun]) { end += 1 }
        return end == cueToken ? mention : nil
    }

    /// The finite verb of "ser ut til å", "så ut til å", "later til å" right before the infinitive
    /// cue at `cueToken`; nil otherwise. ("synes å mene" is left to "synes", a cue of its own.)
    func seemingVerb(before cueToken: Int, from lowerLimit: Int) -> Int? {
        guard cueToken - 3 >= lowerLimit, isForm(cueToken - 1, Self.aa), isForm(cueToken - 2, Self.til) else { return nil }
        if Self.pretends.contains(where: { isForm(cueToken - 3, $0) }) { return cueToken - 3 }
        guard cueToken - 4 >= lowerLimit, isForm(cueToken - 3, Self.ut),
              Self.looks.contains(where: { isForm(cueToken - 4, $0) }) else { return nil }
        return cueToken - 4
    }

    /// The person or body between a form of "få" and "til å" right before the infinitive cue at
    /// `cueToken` ("får Høybråten til å reagere"); nil otherwise.
    func causativeObject(before cueToken: Int, from lowerLimit: Int) -> Mention? {
        guard cueToken - 4 >= lowerLimit, isForm(cueToken - 1, Self.aa), isForm(cueToken - 2, Self.til) else { return nil }
        var verb = cueToken - 4
        while verb > lowerLimit, cueToken - verb < 10, !Self.causatives.contains(where: { isForm(verb, $0) }) { verb -= 1 }
        guard Self.causatives.contains(where: { isForm(verb, $0) }) else { return nil }
        // ("Det fikk også opposisjonen til å si at …": an adverb before the object.)
        var start = verb + 1
        while start < cueToken - 2, has(start, .adverb), !has(start, [.de, .han, .hun]) { start += 1 }
        // ("Det fikk henne til å si at …": a pronoun in its object form.)
        if start == cueToken - 3, has(start, .objectPronoun) { return objectPronoun(start) }
        guard let object = readMention(from: start, limit: cueToken - 2, appositive: false, skipAdverbs: false),
              object.end == cueToken - 2, object.isPersonLike, object.kind != .pronoun || !object.pronoun.isDisjoint(with: [.han, .hun, .de])
        else { return nil }
        return object
    }

    /// "ham", "henne", "dem" at `token` read as the pronoun they stand for ("han", "hun", "de").
    func objectPronoun(_ token: Int) -> Mention {
        let pronoun: WordClass = isForm(token, Self.ham) ? .han : isForm(token, Self.henne) ? .hun : .de
        var mention = Mention(kind: .pronoun, pronoun: pronoun, tokens: token..<(token + 1), end: token + 1)
        mention.plural = pronoun == .de
        mention.gender = pronoun == .hun ? 1 : pronoun == .han ? 2 : 0
        return mention
    }

    static let ham: [UInt8] = Array("ham".utf8), henne: [UInt8] = Array("henne".utf8)
    static let causatives: [[UInt8]] = ["får", "fikk", "få", "fått"].map { Array($0.utf8) }
    static let aa: [UInt8] = Array("å".utf8)
    static let til: [UInt8] = Array("til".utf8)
    static let ut: [UInt8] = Array("ut".utf8)
    static let pretends: [[UInt8]] = ["later", "lot"].map { Array($0.utf8) }
    static let looks: [[UInt8]] = ["ser", "så"].map { Array($0.utf8) }

    static let selv: [UInt8] = Array("selv".utf8)
    static let clauseConjunctions: [[UInt8]] = ["mens", "når", "fordi", "da", "siden", "ettersom", "dersom", "hvis"].map { Array($0.utf8) }

    /// "til NTB", "overfor Dagens Næringsliv" ending right before `end` (the cue), with at most
    /// adverbs after it: where "til"/"overfor" stands; nil otherwise. Inside a clause the outlet
    /// told may come between the subject and the verb ("der hun til NTB fortalte at …").
    func outletPhrase(endingAt end: Int, from lowerLimit: Int) -> Int? {
        var last = end - 1
        while last >= lowerLimit, has(last, .adverb), !has(last, [.de, .han, .hun]) { last -= 1 }
        var first = last
        while first >= lowerLimit, last - first < 3, isWord(first), isCapitalised(first), !isInitial(first) { first -= 1 }
        guard first >= lowerLimit, first < last, has(first, .til) else { return nil }
        return first
    }

    /// "Kari Holm og Ola Dal", "SV og Venstre", "Ap, Sp og Venstre": the name `mention`, perhaps
    /// more names after commas, and a last name after "og": one plural speaker; nil when no name
    /// follows "og".
    func namePair(_ mention: Mention, limit: Int) -> Mention? {
        guard isListedName(mention) else { return nil }
        var end = mention.end
        while end + 1 < limit, isComma(end),
              let next = readMention(from: end + 1, limit: limit, appositive: false, skipAdverbs: false),
              isListedName(next), (next.name?.lowerBound ?? next.tokens.lowerBound) == end + 1 {
            // ("Sp og Venstre" read as one phrase with two heads ends the list.)
            if next.secondHead >= 0 { return list(mention, through: next.end) }
            end = next.end
        }
        guard end + 1 < limit, has(end, .og),
              let second = readMention(from: end + 1, limit: limit, appositive: false, skipAdverbs: false),
              isListedName(second), opensWithName(second, at: end + 1) else { return nil }
        return list(mention, through: second.end)
    }

    /// Whether `mention`, read from `first`, opens with its name, or with a title right before
    /// it ("og rektor Per Li", "og lærer Anne Moe"): an item of a list of named speakers, not a
    /// phrase that merely contains a name ("og fredag Per Li").
    private func opensWithName(_ mention: Mention, at first: Int) -> Bool {
        let start = mention.name?.lowerBound ?? mention.tokens.lowerBound
        return start == first || mention.kind == .name && start - first <= 2 && (first..<start).allSatisfy { role($0) >= 0 }
    }

    /// Whether `mention` opens with a genitive before its head noun ("Høyres program",
    /// "Senterpartiets program", "partiets program", "regjeringens plattform"): a definite phrase
    /// although the head has its indefinite form.
    func opensWithGenitive(_ mention: Mention) -> Bool {
        let first = mention.tokens.lowerBound
        guard mention.head > first, isWord(first), lastFormByte(first) == 0x73 else { return false }
        if isPartyGenitive(first) || isCapitalised(first) && !isInitial(first) { return true }
        // (Lower case: a definite noun's genitive, "-ets"/"-ens", not "hans"/"hennes".)
        return withForm(first) { form in
            form.count > 4 && (form[form.count - 2] == 0x6E || form[form.count - 2] == 0x74) && form[form.count - 3] == 0x65
        } && !has(first, WordClass.function)
    }

    /// A name, or a party or body read as a noun ("SV", "Høyre", "Arbeiderpartiet" opening a
    /// sentence): an item of a list of named speakers.
    private func isListedName(_ mention: Mention) -> Bool {
        if mention.kind == .name, mention.name != nil { return true }
        let head = mention.head
        return head >= 0 && head == mention.tokens.lowerBound && isCapitalised(head)
            && (isPartyName(head) || roleType(head) == .organisation)
            && (mention.secondHead < 0 || isCapitalised(mention.secondHead))
    }

    /// "Samme dag sa …", "Dagen etter skrev …", "To uker senere uttalte …": the words before the
    /// verb are a phrase about time (a time noun with determiners, numbers, prepositions or time
    /// adverbs), so the sentence's subject follows the verb. A capitalised "Samme" or "Dagen"
    /// opening the sentence is no name.
    func isFrontedTimePhrase(_ phrase: Range<Int>) -> Bool {
        guard !phrase.isEmpty, phrase.count <= 4 else { return false }
        var noun = false
        for token in phrase {
            if has(token, .timeNoun) { noun = true; continue }
            guard segmentation.tokens.kinds[token] == .number
                    || isWord(token) && has(token, [.timeModifier, .time, .determiner, .quantifier, .preposition, .adverb]),
                  !has(token, WordClass.pronoun) else { return false }
        }
        return noun
    }

    /// The plural speaker from the first listed name to `end`.
    private func list(_ first: Mention, through end: Int) -> Mention {
        var pair = Mention(kind: .name, tokens: first.tokens.lowerBound..<end, end: end)
        pair.name = (first.name?.lowerBound ?? first.tokens.lowerBound)..<end
        pair.plural = true
        pair.group = true
        return pair
    }

    /// The auxiliary "har"/"hadde" (or the modal before "ha": "skal ha sagt") of a participle
    /// cue at `cueToken`, or the modal "kunne"/"kan" of an infinitive cue ("kunne DN melde at"),
    /// with at most adverbs or a short subject between them; nil otherwise.
    func perfectAuxiliary(before cueToken: Int, from lowerLimit: Int) -> Int? {
        // ("Putin er sitert på at …": the copula of a passive that names the one quoted.)
        let auxiliaries: WordClass = has(cueToken, .quotedPassive) ? [.perfectAux, .reportModal, .er] : [.perfectAux, .reportModal]
        var aux = cueToken - 1
        while aux >= lowerLimit, cueToken - aux <= 8, !has(aux, auxiliaries) {
            // Only adverbs, a short subject and short prepositional phrases between them ("har
            // Zuckerberg sagt", "hadde hun tidligere sagt", "har partiet sagt", "har til VG sagt",
            // "har i et intervju med VG sagt"): "har gitt håpet", "har lest meldingen" are other verbs.
            let figure = segmentation.tokens.kinds[aux] == .number
            let phrase = has(aux, [.preposition, .determiner, .quantifier, .whole]) && (cue(aux) < 0 || cueKind(cue(aux)) == .reporting)
                || figure
                || isWord(aux) && !isCapitalised(aux) && aux > lowerLimit && has(aux - 1, [.preposition, .determiner, .quantifier, .whole])
                    && !has(aux, WordClass.function) && !has(aux, .verb) && cue(aux) < 0
            guard isWord(aux) || figure,
                  has(aux, [.adverb, .ikke, .time]) || has(aux, WordClass.pronoun) || isCapitalised(aux)
                    || isPersonHead(aux) && number(of: aux).definite || phrase,
                  !has(aux, [.at, .som, .og, .men, .subordinator]), cue(aux) < 0 || phrase else { return nil }
            // (Beyond five words only inside such a phrase.)
            if cueToken - aux > 5, !phrase, !has(aux, [.adverb, .time]), !isCapitalised(aux) { return nil }
            aux -= 1
        }
        guard aux >= lowerLimit, has(aux, auxiliaries) else { return nil }
        // (A phrase only after a perfect auxiliary: "Regelverket kan for eksempel si at …" is
        // what a rule could say, no report.)
        if !has(aux, .perfectAux), ((aux + 1)..<cueToken).contains(where: { has($0, [.preposition, .determiner, .quantifier]) }) { return nil }
        // "Ekspertene kan ikke fastslå at …" asserts nothing: what they cannot say is no report
        // ("kan ikke utelukke at …" does: a denial negated).
        if has(aux, .reportModal), !has(aux, .perfectAux), !has(cueToken, .negatedReport),
           ((aux + 1)..<cueToken).contains(where: { has($0, .ikke) }) { return nil }
        if aux > lowerLimit, has(aux - 1, .verb), !has(aux - 1, .perfectAux), endsWith(aux, "a") { return aux - 1 }
        // "I et møte skal hun ha sagt at …", "skal Kari Holm ha sagt", "skal ifølge Reuters ha
        // sagt": the modal, then an inverted subject or a source, then "ha".
        if endsWith(aux, "a"), has(aux, .perfectAux) {
            var modal = aux - 1
            while modal > lowerLimit, aux - modal <= 4, isWord(modal),
                  has(modal, [.han, .hun, .de, .accordingTo]) || isCapitalised(modal) && !isInitial(modal) {
                modal -= 1
            }
            if modal >= lowerLimit, modal < aux - 1, has(modal, .verb), !has(modal, .perfectAux) { return modal }
        }
        return aux
    }

    /// The noun phrase ending at `end` (exclusive) that "som" refers to: the farthest person noun
    /// or name within a few words whose phrase runs exactly to `end`.
    func antecedent(endingAt end: Int, from lowerLimit: Int) -> Mention? {
        var best: Mention?
        var index = end - 1
        while index >= lowerLimit, end - index <= 12 {
            if !isLexical(index) && !(isPunct(index, 0x28) || isPunct(index, 0x29)) {
                // "Kari Holm, en av debattantene, som …": a name before a short apposition.
                if best?.kind != .name, isComma(index), end - index <= 7, let named = name(endingAt: index, from: lowerLimit) {
                    var mention = named
                    mention.roleParts.append((index + 1)..<end)
                    return mention
                }
                break
            }
            if has(index, [.verb, .at, .som]) || cue(index) >= 0 { break }
            if isPersonHead(index) || mayStartName(index) || isCapitalised(index) && isWord(index) && !has(index, WordClass.function) {
                var start = index
                // (A name opens its phrase: "kontaktet Statens vegvesen, som …" has no modifier
                // "kontaktet"; a title before a name is read from the title's own token.)
                let named = isCapitalised(index) && !isInitial(index)
                while start - 1 >= lowerLimit, index - start < 4, isWord(start - 1), !has(start - 1, .npStop),
                      has(start - 1, [.determiner, .quantifier, .article])
                        || !named && !isCapitalised(start - 1) && !has(start - 1, ArticleWords.notNominal) && cue(start - 1) < 0
                        && !isPersonHead(start - 1) {
                    start -= 1
                }
                if start - 2 >= lowerLimit, has(start - 1, .av), has(start - 2, .article) { start -= 2 }
                if let mention = readMention(from: start, limit: end, appositive: false, skipAdverbs: false), mention.end == end,
                   mention.isPersonLike {
                    best = mention
                }
            }
            index -= 1
        }
        return best
    }

    /// The name (two or more capitalised words, or one used as a name inside sentences) that
    /// ends right before `end`, read from its first word; nil otherwise.
    func name(endingAt end: Int, from lowerLimit: Int) -> Mention? {
        var start = end
        while start - 1 >= lowerLimit, end - start < 4, isWord(start - 1), isCapitalised(start - 1) { start -= 1 }
        guard start < end, end - start >= 2 || mayStartName(start),
              let mention = readMention(from: start, limit: end, appositive: false, skipAdverbs: false),
              mention.kind == .name, mention.end == end else { return nil }
        return mention
    }

    /// The speaker of a clause that ends in a colon before a quote: "Vik sier det slik:",
    /// "Gusev legger til:", "svarte pressetalsmannen, Igor Sjatalov:", or a bare name "Nordmann:".
    func colonAttribution(clause: Range<Int>, colon: Int) -> Attribution? {
        guard !clause.isEmpty else { return nil }
        // (A fronted noun cue without a subject of its own, "I brevet skriver ordføreren: …",
        // leaves the speaker to the verb after it.)
        var unnamed: Attribution?
        for token in clause where cue(token) >= 0 && cueKind(cue(token)) != .indirect {
            let cueEnd = Int(self.cueEnd[token])
            let (subject, side) = subjectOfCue(token, cueEnd: cueEnd, from: clause.lowerBound, limit: clause.upperBound)
            if subject != nil {
                return Attribution(cue: token..<cueEnd, subject: subject, rule: .colon)
            }
            if side == .after, unnamed == nil { unnamed = Attribution(cue: token..<cueEnd, subject: nil, rule: .colon) }
        }
        if let unnamed { return unnamed }
        // "Dette får Høybråten til å reagere: – …", "Utspillet fikk lederen til å svare:": any
        // verb after a causative "få X til å" before the colon introduces X's words.
        if colon - 1 > clause.lowerBound, colon == clause.upperBound, isWord(colon - 1),
           let object = causativeObject(before: colon - 1, from: clause.lowerBound) {
            return Attribution(cue: (colon - 1)..<colon, subject: object, rule: .colon)
        }
        // (Not a label for what follows: "Påstanden: «…»", "Sitatet: «…»".)
        // ("Nordmannen var fornøyd: – …": a person named by nationality, like "23-åringen".)
        if let mention = readMention(from: clause.lowerBound, limit: clause.upperBound, appositive: true, skipAdverbs: false),
           mention.isPersonLike || mention.head >= 0 && has(mention.head, .demonym),
           mention.head < 0 || !has(mention.head, [.reportingNoun, .quotationNoun]) {
            // "Nordmann: – …", or the subject of the clause: "Statsråd Marit Dahle var tydelig: – …".
            let whole = mention.end == clause.upperBound
            let subject = isInitial(firstLexical(from: clause.lowerBound, limit: clause.upperBound))
                && (mention.kind != .pronoun || !mention.pronoun.isDisjoint(with: [.han, .hun, .de]))
            if whole || subject { return Attribution(cue: colon..<(colon + 1), subject: mention, rule: .colon) }
        }
        // "Beskjeden fra Nato er klar: – …", "Budskapet fra politiet var tydelig:": a message
        // whose sender is named opens the clause.
        if isInitial(firstLexical(from: clause.lowerBound, limit: clause.upperBound)),
           let message = readMention(from: clause.lowerBound, limit: clause.upperBound, appositive: false, skipAdverbs: false),
           message.head >= 0, has(message.head, [.reportingNoun, .quotationNoun]),
           let from = message.tokens.first(where: { $0 > message.head && has($0, .fra) }),
           let sender = readMention(from: from + 1, limit: clause.upperBound, appositive: false, skipAdverbs: false),
           sender.kind == .name || sender.isPersonLike || sender.kind == .definite, sender.kind != .pronoun {
            return Attribution(cue: colon..<(colon + 1), subject: sender, rule: .colon)
        }
        return nil
    }

    /// Whether a cue match ends right after `token` ("legger til", "peker på"): then "til at",
    /// "på at" are the cue's particle and its clause, not a preposition opening a clause of its own.
    func endsCue(at token: Int) -> Bool {
        var start = token
        while start >= 0, token - start <= 5 {
            if cue(start) >= 0, Int(cueEnd[start]) == token + 1 { return true }
            start -= 1
        }
        return false
    }

    /// "går fram", "kommer det fram", "framgår", "fremgår det" at `verb`: where the formula ends
    /// and whether "det" follows the verb (a phrase was fronted: "Av brevet går det fram at …");
    /// nil for any other verb ("går hjem", "kommer fram til byen" has no source after it).
    func emergeFormula(at verb: Int, limit: Int) -> (end: Int, inverted: Bool)? {
        guard has(verb, [.emerges, .goesComes]) else { return nil }
        var token = verb + 1
        var inverted = false
        if token < limit, has(token, .expletive), has(token, .determiner) {
            token += 1
            inverted = true
        }
        if has(verb, .emerges) { return (token, inverted) }
        var skipped = 0
        while token < limit, skipped < 2, has(token, .adverb), !has(token, [.forth, .negation]) {
            token += 1
            skipped += 1
        }
        guard token < limit, has(token, .forth) else { return nil }
        return (token + 1, inverted)
    }

    /// The sender or owner of the document after a formula ("heter det i en uttalelse fra
    /// departementet", "går det fram av Norges Banks rapport"), not the document itself ("heter det
    /// i uttalelsen": its speaker is the one the article is about).
    func formulaSender(after formulaEnd: Int, limit: Int) -> Mention? {
        var token = formulaEnd
        while token < limit, has(token, .adverb), !has(token, .negation) { token += 1 }
        guard token + 1 < limit, has(token, [.i, .av]) else { return nil }
        if let sender = documentSender(after: token, limit: limit) { return sender }
        // "…, heter det i dommen", "…, går det fram av tiltalen": a ruling or a charge speaks
        // for the court or prosecution that wrote it, never for the defendant the article is
        // about; the document itself is the speaker, as in "Dommen slår fast at …".
        guard let document = readMention(from: token + 1, limit: limit, appositive: false, skipAdverbs: false),
              document.kind == .definite, document.head >= 0, has(document.head, .ruling) else { return nil }
        return document
    }

    /// The document named after "av"/"i" at `formulaEnd` when it names no sender ("av et brev
    /// til de ansatte", "av et internt notat"): a source noun of the lexicon, read up to its head.
    func unsentDocument(after formulaEnd: Int, limit: Int) -> Mention? {
        var token = formulaEnd
        while token < limit, has(token, .adverb), !has(token, .negation) { token += 1 }
        guard token + 1 < limit, has(token, [.i, .av]),
              var document = readMention(from: token + 1, limit: limit, appositive: false, skipAdverbs: false),
              document.kind != .pronoun, document.kind != .name, document.head >= 0, !document.personHead,
              isSourceNoun(document.head) else { return nil }
        document.tokens = document.tokens.lowerBound..<(document.head + 1)
        return document
    }

    /// The sender or owner of the document named after `preposition` ("i en uttalelse fra
    /// departementet", "i et brev signert 40 leger", "av Norges Banks rapport"), not the document
    /// itself; nil when none is named.
    func documentSender(after preposition: Int, limit: Int) -> Mention? {
        guard let (source, _) = documentSource(after: preposition, limit: limit), let source,
              source.tokens.lowerBound != preposition + 1 || source.kind == .name else { return nil }
        return source
    }

    /// "(et åpent brev) fra seks leger": the sender after the first "fra" within a few words of
    /// `first`, before any verb or clause.
    func senderAfterFra(from first: Int, limit: Int) -> Mention? {
        var token = first
        while token < limit, token - first < 5, !has(token, .fra) {
            if !isWord(token) || has(token, [.verb, .at, .som]) { return nil }
            token += 1
        }
        guard token + 1 < limit, has(token, .fra),
              let sender = readMention(from: token + 1, limit: limit, appositive: false, skipAdverbs: false),
              sender.kind == .name || sender.isPersonLike || sender.kind == .definite, sender.kind != .pronoun else { return nil }
        return sender
    }

    /// "signert seks KrF-medlemmer", "undertegnet av 200 forskere": the people who signed the
    /// document whose phrase starts at `first`; nil when it names none.
    func signedSender(from first: Int, limit: Int) -> Mention? {
        var token = first
        while token < limit, token - first < 8, !has(token, .signedBy) {
            if !isWord(token) || has(token, [.verb, .at, .som]) || cue(token) >= 0 && token > first { return nil }
            token += 1
        }
        guard token < limit, has(token, .signedBy) else { return nil }
        var start = token + 1
        if start < limit, has(start, .av) { start += 1 }
        guard start < limit, let sender = readMention(from: start, limit: limit, appositive: false, skipAdverbs: false),
              sender.kind == .name || sender.isPersonLike || sender.plural, sender.kind != .pronoun else { return nil }
        return sender
    }

    /// The source of a formula that names a document ("av en pressemelding fra Oslo
    /// politidistrikt", "i Norges Banks rentebeslutning", "av dommen"), read after `preposition`
    /// ("av"/"i"): the sender after "fra", the owner in the genitive, a name, or a definite
    /// document — after "i" only a document the lexicon knows ("i rapporten", "i brevet"; "i
    /// retten" is a place where things come out); nil for a document without one ("av en
    /// rapport", "av dokumenter"). `end` is where the phrase stops.
    func documentSource(after preposition: Int, limit: Int) -> (source: Mention?, end: Int)? {
        let first = preposition + 1
        guard first < limit else { return nil }
        if let sender = signedSender(from: first, limit: limit) { return (sender, sender.end) }
        // ("et åpent brev fra X": the reader stops at an adjective it takes for an adverb; the
        // sender is found by its "fra".)
        guard let document = readMention(from: first, limit: limit, appositive: false, skipAdverbs: false) else {
            return senderAfterFra(from: first, limit: limit).map { ($0, $0.end) }
        }
        // "politiets logg", "kommunens nettsider": a definite owner in the genitive.
        if first + 1 < limit, isWord(first), !isCapitalised(first), lastFormByte(first) == 0x73, isWord(first + 1),
           !isCapitalised(first + 1), !has(first + 1, WordClass.function), cue(first + 1) < 0,
           var owner = readMention(from: first, limit: first + 1, appositive: false, skipAdverbs: false), owner.kind == .definite,
           isPersonHead(first) || role(first) >= 0 {
            owner.genitive = true
            return (owner, max(document.end, first + 2))
        }
        // "Senterpartiets program", "Listhaugs innlegg": a party or a person named in the
        // genitive, which the reader takes as the noun's modifier; the owner speaks. (An
        // institution's rules keep their document: "Stortingets forretningsorden".)
        if document.name == nil, document.head > first, isCapitalised(first), !isInitial(first), lastFormByte(first) == 0x73,
           isPartyGenitive(first) || role(first) < 0,
           mayStartName(first), isWord(first + 1), !isCapitalised(first + 1), !isPersonHead(document.head),
           var owner = readMention(from: first, limit: first + 1, appositive: false, skipAdverbs: false), owner.kind == .name {
            owner.genitive = true
            return (owner, document.end)
        }
        if document.kind == .name, let name = document.name, document.end < limit, lastFormByte(name.upperBound - 1) == 0x73,
           isWord(document.end), !isCapitalised(document.end), !has(document.end, WordClass.function), cue(document.end) < 0 {
            // "Norges Banks rentebeslutning": the owner speaks.
            var owner = document
            owner.genitive = true
            return (owner, document.end + 1)
        }
        // (The sender read on its own: "fra Statens vegvesen" is one name the document phrase may cut.)
        if document.head >= 0,
           let from = document.tokens.first(where: { $0 > document.head && has($0, .fra) }),
           let sender = readMention(from: from + 1, limit: limit, appositive: false, skipAdverbs: false),
           sender.kind == .name || sender.isPersonLike || sender.kind == .definite, sender.kind != .pronoun {
            return (sender, max(document.end, sender.end))
        }
        if document.kind == .name { return (document, document.end) }
        if document.kind == .definite, document.head >= 0, !document.personHead, !has(document.head, WordClass.function),
           has(preposition, .av) || isSourceNoun(document.head) || cue(preposition) >= 0 && cueKind(cue(preposition)) == .reporting {
            return (document, document.end)
        }
        return (nil, document.end)
    }

    /// Whether the noun at `token` names a document, survey, body or witness, also as the last
    /// part of a compound ("valgundersøkelsen", "ledighetstallene"): a source noun of the lexicon
    /// (source-nouns.tsv); not rules or plans ("avtalen", "planen").
    func isSourceNoun(_ token: Int) -> Bool {
        withForm(token) { form in
            sourceNounForms.contains { noun in form.count >= noun.count && zip(form.suffix(noun.count), noun).allSatisfy { $0 == $1 } }
        }
    }

    static let uten: [UInt8] = Array("uten".utf8)
    static let kl: [UInt8] = Array("kl".utf8), klPeriod: [UInt8] = Array("kl.".utf8)

    /// "08.15 Meteorolog Kari Sand sier at …", "Kl. 09.30 Politiet melder at …": a live report's
    /// time stamp written without a colon before the subject is no part of it; returns the token
    /// after the stamp when one (a clock time, perhaps after "Kl.") opens the region before a
    /// capitalised word, else `start`.
    func afterTimeStamp(_ start: Int, limit: Int) -> Int {
        guard let after = timeStampEnd(start, limit: limit), after < limit, isCapitalised(after) else { return start }
        return after
    }

    /// The token after a clock time ("08.15", "Kl. 09.30") at `start`, or nil.
    func timeStampEnd(_ start: Int, limit: Int) -> Int? {
        var token = start
        if token < limit, isForm(token, ArticleWords.kl) || isForm(token, ArticleWords.klPeriod) {
            token += 1
            if token < limit, isPunct(token, 0x2E) { token += 1 }
        }
        guard token < limit, segmentation.tokens.kinds[token] == .number, isClockTime(token) else { return nil }
        return token + 1
    }

    /// "08.15", "9:30": hours and minutes.
    private func isClockTime(_ token: Int) -> Bool {
        let bytes = Array(segmentation.text.utf8[self.start(token)..<end(token)])
        guard (4...5).contains(bytes.count), bytes[bytes.count - 3] == 0x2E || bytes[bytes.count - 3] == 0x3A else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == bytes.count - 3 || (0x30...0x39).contains($0.element) }
    }
    static let ogsaa: [UInt8] = Array("også".utf8), baade: [UInt8] = Array("både".utf8)
    /// A preposition that is also a first name ("Landslagssjef Per Arne Botnan").
    static let per: [UInt8] = Array("per".utf8)
    static let det: [UInt8] = Array("det".utf8), den: [UInt8] = Array("den".utf8)

    /// The first word or number at or after `token`.
    func firstLexical(from token: Int, limit: Int) -> Int {
        var index = token
        while index < limit, !isLexical(index) { index += 1 }
        return min(index, max(token, limit - 1))
    }
}
