/// How the bytes the CSV parser reads came to be UTF-8, which tells what a bad byte means.
enum CSVText {
    /// The file is UTF-8.
    case utf8
    /// The file is TIS-620, converted while it is read (`TIS620`).
    case tis620
    /// The file is UTF-16, transcoded to a temporary UTF-8 file before it is read
    /// (`UTF16Transcoder`).
    case utf16
}
