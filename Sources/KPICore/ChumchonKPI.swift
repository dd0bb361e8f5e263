/// The project as a whole: what `kpi --version` prints.
public enum ChumchonKPI {
    /// The release of the libraries and the `kpi` command, in semantic versioning
    /// (MAJOR.MINOR.PATCH): raised with every release, the only place it is written.
    public static let version = "0.2.0"
}
