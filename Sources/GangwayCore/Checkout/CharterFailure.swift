/// Why a charter hold was refused. Nothing was reserved.
public enum CharterFailure: Error, Sendable, Hashable {
    /// No such vessel, or it is not offered for charter.
    case unknownVessel(String)
    /// The window overlaps these sailings or charters of the vessel (ids; charters as `charter:ID`).
    case conflicts([String])
    case invalid([HoldFailure.Invalid])
}
