extension Summary {
    /// A lookup of the catalog entry of each row's indicator, for the writers.
    ///
    /// A `Summary` carries the entries of every indicator in its rows; a row without one is a
    /// defect of whoever built the summary, and stops the program with its id.
    func definitionLookup() -> (String) -> IndicatorDefinition {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return { id in
            guard let definition = byID[id] else { preconditionFailure("Summary.indicators has no entry for \(id)") }
            return definition
        }
    }
}
