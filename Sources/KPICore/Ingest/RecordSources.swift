/// Opens input files as record sources, recognising their format by content.
package enum RecordSources {
    /// The records of the file at `path`, read as `options` say. `displayName` is how errors
    /// name the file (default: `path`). Throws when the file cannot be read or its header is
    /// unusable (line 1).
    package static func open(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions())
        throws(RowError) -> any RecordSource
    {
        if try WorkbookSheet.isWorkbook(path: path, displayName: displayName) {
            return try WorkbookSheet(path: path, displayName: displayName, options: options)
        }
        return try CSVFile(path: path, displayName: displayName, options: options)
    }
}
