/// Anything that measures text as it is set: every `Canvas`, and `TextMeasurer`.
public protocol TextMeasuring: AnyObject {
    /// The size `text` takes in `style`.
    func measure(_ text: String, style: TextStyle) -> Size
}
