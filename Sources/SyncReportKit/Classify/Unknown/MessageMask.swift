/// The masked form of a message: variable parts replaced by typed placeholders such as <guid>, <number>, <date>,
/// <quoted>, <record>, <table>, <url>, <email>, <code> (and <field>, <name> for field captions and names).
///
/// Values are recognised by their shape and their place in the sentence, never by a list of known values, so
/// messages no rule knows group by the Business Central label they come from.
public enum MessageMask {
    public static func template(of message: String) -> String {
        var text = MaskedText(bytes: QuotedValues.mask(MessageText.normalizedBytes(message)))
        text.markConstants()
        text.maskValues()
        text.maskCaptions()
        text.collapse()
        return text.rendered()
    }
}
