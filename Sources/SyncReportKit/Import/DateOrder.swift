/// Which comes first in a locale-formatted date such as `03/04/2026`: the day (`dmy`, most of Europe)
/// or the month (`mdy`, the United States). Year-first dates need no order.
public enum DateOrder: String, Sendable, CaseIterable {
    case dmy
    case mdy
}
