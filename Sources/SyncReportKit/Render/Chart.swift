/// An inline SVG bar chart, laid out here so the template only places shapes. Its title and description are the
/// text alternative; the table next to it on the page carries the same numbers for every reader.
struct ChartView: Sendable {
    let id: String
    let title: String
    /// Every bar in words: what a screen reader says for the chart.
    let summary: String
    let width: Int
    let height: Int
    let bars: [BarView]
}

struct BarView: Sendable {
    let label: String
    let value: String
    let x: Int
    let y: Int
    let width: Int
    let height: Int
    let labelX: Int
    let labelY: Int
    let valueX: Int
    let valueY: Int
    /// Start or middle, as SVG's `text-anchor` takes it.
    let labelAnchor: String
    let valueAnchor: String
}

/// Lays out charts in user units; the page scales them to its width.
enum Chart {
    static let width = 640
    private static let rowHeight = 22
    private static let labelWidth = 250
    private static let valueWidth = 70
    private static let columnsHeight = 160

    /// One horizontal bar per item, longest for the largest value: for categories such as causes and mappings.
    static func bars(id: String, title: String, items: [(label: String, value: Int)], format: Formatter) -> ChartView {
        let largest = max(items.map(\.value).max() ?? 0, 1)
        let room = width - labelWidth - valueWidth
        let bars = items.enumerated().map { offset, item in
            let top = offset * rowHeight
            let length = item.value == 0 ? 0 : max(1, item.value * room / largest)
            return BarView(
                label: Self.clipped(item.label), value: format.count(item.value),
                x: labelWidth, y: top + 4, width: length, height: rowHeight - 8,
                labelX: labelWidth - 8, labelY: top + 15, valueX: labelWidth + length + 6, valueY: top + 15,
                labelAnchor: "end", valueAnchor: "start")
        }
        return ChartView(
            id: id, title: title, summary: summary(items, format: format), width: width,
            height: max(items.count * rowHeight, rowHeight), bars: bars)
    }

    /// One column per item, left to right: for values over time such as nights. Columns are labelled with
    /// `shortLabel` (a few of them when there are many); the description names every item in full.
    static func columns(
        id: String, title: String, items: [(label: String, value: Int)], format: Formatter, shortLabel: (String) -> String
    ) -> ChartView {
        let largest = max(items.map(\.value).max() ?? 0, 1)
        // Few nights would otherwise make slabs; columns keep a readable width and start at the left.
        let step = min(width / max(items.count, 1), 48)
        let labelEvery = max(1, (items.count + 5) / 6)
        let bars = items.enumerated().map { offset, item in
            let length = item.value == 0 ? 0 : max(1, item.value * (columnsHeight - 20) / largest)
            let middle = offset * step + step / 2
            let isLabelled = offset % labelEvery == 0 || offset == items.count - 1
            return BarView(
                label: isLabelled ? shortLabel(item.label) : "", value: items.count <= 12 ? format.count(item.value) : "",
                x: offset * step + max(step / 8, 1), y: columnsHeight - length, width: max(step - 2 * max(step / 8, 1), 1),
                height: length, labelX: middle, labelY: columnsHeight + 16, valueX: middle, valueY: columnsHeight - length - 4,
                labelAnchor: "middle", valueAnchor: "middle")
        }
        return ChartView(
            id: id, title: title, summary: summary(items, format: format), width: width,
            height: columnsHeight + 24, bars: bars)
    }

    private static func summary(_ items: [(label: String, value: Int)], format: Formatter) -> String {
        items.map { "\($0.label): \(format.count($0.value))" }.joined(separator: "; ") + "."
    }

    /// Long mapping names would run into the bars; the table beside the chart has them whole.
    private static func clipped(_ label: String) -> String {
        label.count > 36 ? label.prefix(35) + "…" : label
    }
}
