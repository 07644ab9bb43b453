import Foundation
import Stance

/// The human view of `stance score --by speaker` on a terminal: one block per speaker with
/// their voice, grievance profile (hits, rate per 1,000 tokens, strongest evidence) and stance
/// toward targets. Fits 80 columns; CSV/JSON carry the same numbers as columns.
struct SpeakerProfileView {
    let categories: [String]
    let targets: [String]
    let width = 80
    var lastDoc: String?

    mutating func render(_ row: OutputRow, colour: Bool) -> [String] {
        var lines: [String] = []
        let doc = row.text("doc")
        if doc != lastDoc {
            if lastDoc != nil { lines.append("") }
            lines.append(bold("== \(doc)", colour))
            lastDoc = doc
        }
        var title = row.text("speaker")
        var detail = row.text("speaker_type")
        if !row.text("role").isEmpty { detail += "; " + row.text("role") }
        title += " (\(detail))"
        lines.append(fit(bold(title, colour), plainCount: title.count))
        var voice = "  \(row.text("tokens")) tokens, \(row.text("quotes")) quotes"
        if let tone = Double(row.text("tone")) { voice += String(format: ", mean tone %+.2f over %@ sentence parts", tone, row.text("tone_n")) }
        lines.append(fit(voice, plainCount: voice.count))
        for category in categories where category.hasPrefix("grievance.") || category.hasPrefix("appeal.") || category.hasPrefix("risk.") {
            let hits = Int(row.text("\(category)_hits")) ?? 0
            guard hits > 0 else { continue }
            var line = "  \(category): \(hits)" + String(format: " (%.1f per 1k)", Double(row.text("\(category)_per_1k")) ?? 0)
            let evidence = row.text("\(category)_evidence")
            if !evidence.isEmpty { line += " «\(evidence)»" }
            lines.append(fit(line, plainCount: line.count))
        }
        for target in targets {
            let kind = row.text("\(target)_kind")
            guard !kind.isEmpty else { continue }
            let stance = Double(row.text("\(target)_stance")) ?? 0
            let mentions = Int(row.text("\(target)_mentions")) ?? 0
            let line = "  \(target): \(kind)" + String(format: " (%+.2f, %d mention%@)", stance, mentions, mentions == 1 ? "" : "s")
            lines.append(fit(line, plainCount: line.count))
        }
        return lines
    }

    func bold(_ text: String, _ colour: Bool) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func fit(_ line: String, plainCount: Int) -> String {
        guard plainCount > width else { return line }
        return String(line.prefix(width - 1)) + "…"
    }
}
