import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RFMCore
import Testing
@testable import RFMJob

/// The HTML report: parsed as XML and checked mark by mark, then (when Chromium is installed)
/// rendered headless to a PNG.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ReportHTMLTests {
    static func html(asOf: String = "2026-03-01") throws -> String {
        try TestDatabase.with { database in
            let job = try ReportTests.scoredBeta(database)
            return MerchantReportHTML.render(try ReportTests.report(job, asOf: asOf))
        }
    }

    @Test func aSelfContainedWellFormedPageWithTheFiguresInItsMarks() throws {
        let html = try Self.html()
        let page = try ParsedPage(html)
        // nothing to fetch, nothing to run
        #expect(page.elements.filter { ["script", "img", "link", "iframe", "object", "embed"].contains($0.name) }.isEmpty)
        #expect(page.elements.allSatisfy { $0.attributes["src"] == nil && $0.attributes["href"] == nil })
        let withoutNamespaces = html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
            .replacingOccurrences(of: "http://www.w3.org/1999/xhtml", with: "")
        #expect(!withoutNamespaces.contains("http") && !withoutNamespaces.contains("url("))

        #expect(page.tiles == [
            "customers-scored": "4", "champion-percent": "75.0%", "at-risk-count": "0",
            "average-predictive-ltv": "$29.75", "ltv-trend-30d": "+$23.60",
        ])
        // Bars: 280 px for the largest segment (champion, 3), 1/3 of it for loyal.
        let bars = page.elements.filter { $0.attributes["class"] == "bar" }
        #expect(bars.map { $0.attributes["data-segment"]! } == ["champion", "loyal", "at_risk", "lost", "new"])
        #expect(bars.map { $0.attributes["data-customers"]! } == ["3", "1", "0", "0", "0"])
        #expect(bars.map { $0.attributes["width"]! } == ["280", "93", "0", "0", "0"])
        // Histogram: 81–90 holds 3 (full height, 170 px), 71–80 holds 1.
        let bins = page.elements.filter { $0.attributes["class"] == "bin" }
        #expect(bins.map { $0.attributes["data-customers"]! } == ["0", "0", "0", "0", "0", "0", "1", "3", "0"])
        #expect(bins.map { $0.attributes["height"]! } == ["0", "0", "0", "0", "0", "0", "57", "170", "0"])
        // Trend: two snapshots, from the bottom-left to the top-right of the plot.
        let points = page.elements.filter { $0.attributes["class"] == "point" }
        #expect(points.map { $0.attributes["data-as-of"]! } == ["2026-01-30", "2026-03-01"])
        #expect(points.map { $0.attributes["data-monetary"]! } == ["165.20", "188.80"])
        #expect(points.map { "\($0.attributes["cx"]!),\($0.attributes["cy"]!)" } == ["90,190", "500,20"])
        #expect(page.text.contains("+14.3% · Σ monetary vs $165.20 on 2026-01-30"))
        #expect(page.text.contains("Movement since 2026-01-30"))
    }

    @Test func textIsEscaped() {
        var report = MerchantReport(
            merchant: "<script>alert(\"x\")</script> & co", asOf: CivilDate(iso: "2026-03-01")!, scheme: "tracklayer",
            championSegment: "champion", atRiskSegment: "at_risk", customersScored: 0, totalMonetaryCents: 0, totalPredictiveLTVCents: 0,
            segments: [], histogram: MerchantReport.histogram(scoreCounts: [:]), trend: nil, movement: nil, series: []
        )
        report.segments = [.init(segment: "a<b", customers: 0, monetaryCents: 0, predictiveLTVCents: 0)]
        let html = MerchantReportHTML.render([report])
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect((try? ParsedPage(html)) != nil)
    }

    /// Headless Chromium (Debian's `chromium`) renders the page with the network shut off.
    /// Skipped, with this reason, on machines without it: scripts/test does not need it.
    @Test(.enabled(if: Chromium.path != nil, "Chromium is not installed (apt-get install chromium); see scripts/checks/check-report-html"))
    func chromiumRendersIt() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appending(path: "report.html"), blank = directory.appending(path: "blank.html")
        try Self.html(asOf: "2026-04-15").write(to: report, atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)

        let reportPNG = try Chromium.screenshot(report, width: 1280, height: 1400)
        let blankPNG = try Chromium.screenshot(blank, width: 1280, height: 1400)
        #expect(reportPNG.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Chromium.pngSize(reportPNG) == [1280, 1400])
        // A blank page compresses to almost nothing; tiles, bars, text and tables do not.
        #expect(reportPNG.count > 20_000 && reportPNG.count > 5 * blankPNG.count, "\(reportPNG.count) vs \(blankPNG.count) bytes")
    }
}

/// Elements, attributes and text of an XHTML page.
struct ParsedPage {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    private(set) var text = ""
    /// data-tile → the text of its value.
    private(set) var tiles: [String: String] = [:]

    init(_ html: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else { throw collector.error ?? CocoaError(.propertyListReadCorrupt) }
        elements = collector.elements
        text = collector.text
        tiles = collector.tiles
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var text = ""
        var tiles: [String: String] = [:]
        var error: Error?
        private var tile: String?
        private var inValue = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            elements.append(Element(name: name, attributes: attributes))
            if let id = attributes["data-tile"] { tile = id }
            if attributes["class"] == "value", tile != nil { inValue = true }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            inValue = false
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if inValue, let tile { tiles[tile, default: ""] += string }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }
}

/// Debian's headless Chromium, if installed. RFM_CHROMIUM names another binary, or "none" to
/// skip the render even where Chromium is installed.
enum Chromium {
    static let path: String? = {
        let chosen = ProcessInfo.processInfo.environment["RFM_CHROMIUM"]
        if chosen == "none" { return nil }
        let candidates = [chosen, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// Renders `page` to a PNG; no network (every host unresolvable, a dead proxy), 60 s at most.
    static func screenshot(_ page: URL, width: Int, height: Int) throws -> Data {
        let png = page.deletingPathExtension().appendingPathExtension("png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
            "--user-data-dir=\(page.deletingLastPathComponent().appending(path: "profile").path)",
            "--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            throw Failed(description: "chromium did not finish within 60 s")
        }
        guard let data = FileManager.default.contents(atPath: png.path) else {
            throw Failed(description: "chromium exited \(process.terminationStatus) without writing \(png.path)")
        }
        return data
    }

    /// Width and height from the PNG's IHDR chunk.
    static func pngSize(_ png: Data) -> [Int] {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24 else { return [] }
        func int(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return [int(16), int(20)]
    }
}
