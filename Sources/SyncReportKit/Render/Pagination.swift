/// A long list split into pages of a fixed size. Page 1 is `<base>.html` and page n is `<base>-<n>.html`, so a
/// list's first page keeps its address however long the list grows.
struct Pagination: Sendable {
    /// Path without `.html`, e.g. `errors/cause-conflict`.
    let base: String
    let count: Int
    let size: Int

    var pageCount: Int { max(1, (count + size - 1) / size) }

    var pages: Range<Int> { 1..<(pageCount + 1) }

    func path(_ page: Int) -> String {
        page == 1 ? Self.firstPage(base) : "\(base)-\(page).html"
    }

    /// Where a list starts, whatever its length.
    static func firstPage(_ base: String) -> String { "\(base).html" }

    /// The offsets of the rows on `page`.
    func rows(_ page: Int) -> Range<Int> {
        ((page - 1) * size)..<min(page * size, count)
    }

    /// The file name of `page`, for links between pages of the same folder.
    private func name(_ page: Int) -> String {
        String(path(page).split(separator: "/").last!)
    }

    /// Links to the first and last pages, and to the two on either side of `page`; gaps are left out, so the
    /// bar stays short when a list has hundreds of pages.
    func pager(_ page: Int, format: Formatter) -> PagerView {
        let shown = Set([1, pageCount] + Array(max(1, page - 2)...min(pageCount, page + 2))).sorted()
        var links: [PageLink] = []
        for (offset, number) in shown.enumerated() {
            links.append(PageLink(
                label: format.count(number), href: name(number), isCurrent: number == page,
                isAfterGap: offset > 0 && shown[offset - 1] != number - 1))
        }
        let rows = self.rows(page)
        return PagerView(
            summary: count == 0 ? "none"
                : "\(format.count(rows.lowerBound + 1))–\(format.count(rows.upperBound)) of \(format.count(count))",
            pages: links, hasPages: pageCount > 1,
            previous: page > 1 ? [Link(label: "Previous page", href: name(page - 1))] : [],
            next: page < pageCount ? [Link(label: "Next page", href: name(page + 1))] : [])
    }
}

struct PagerView: Sendable {
    /// "201–400 of 1234"
    let summary: String
    let pages: [PageLink]
    let hasPages: Bool
    let previous: [Link]
    let next: [Link]
}

struct PageLink: Sendable {
    let label: String
    let href: String
    let isCurrent: Bool
    /// Pages before this one are left out.
    let isAfterGap: Bool
}
