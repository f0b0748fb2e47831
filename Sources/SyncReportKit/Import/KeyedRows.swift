/// Rows de-duplicated by key, kept in the order first seen. A key maps to the row's place, so replacing a
/// row neither rehashes nor moves the others: a night of a million errors is merged without copying each
/// error into a dictionary and out again.
struct KeyedRows<Key: Hashable, Row: Locatable> {
    private(set) var rows: [Row] = []
    private var places: [Key: Int] = [:]

    init(capacity: Int) {
        rows.reserveCapacity(capacity)
        places.reserveCapacity(capacity)
    }

    /// Keeps `row`, or whichever of it and the row already under `key` is newer (see `Duplicates.newer`).
    mutating func insert(_ row: Row, at key: Key, counting duplicates: inout Duplicates, isNewer: (Row, Row) -> Bool) {
        if let place = places[key] {
            rows[place] = duplicates.newer(rows[place], row, isNewer: isNewer)
        } else {
            places[key] = rows.count
            rows.append(row)
        }
    }
}
