import Testing
@testable import SyncReportKit

/// The row templates render what swift-mustache would for the subset they accept, and refuse the rest.
@Suite struct RowTemplateTests {
    private func render(_ template: String, _ context: some RowContext) throws -> String {
        var bytes: [UInt8] = []
        try RowTemplate(template, file: "t.mustache").render(context, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func namesAreEscapedAndForbiddenCharactersShown() throws {
        let link = Link(label: "a<b> & \"c\" 'd'\u{1}\u{FFFE}e\tf\u{0}g\u{202E}h\u{2066}", href: "x")
        #expect(try render("[{{label}}]", link) == "[a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;\u{2401}\u{FFFD}e\tf\u{2400}g\\u{202E}h\\u{2066}]")
    }

    @Test func sectionsFollowFlagsTextsAndLists() throws {
        let step = Step(direction: "In", cause: "", action: "Retry", links: [Link(label: "A", href: "a"), Link(label: "B", href: "b")], hasLinks: true)
        #expect(try render("{{#hasLinks}}yes{{/hasLinks}}{{^hasLinks}}no{{/hasLinks}}", step) == "yes")
        #expect(try render("{{#cause}}has{{/cause}}{{^cause}}none{{/cause}}", step) == "none")
        // Inside a list, names resolve on the item first, then on the row.
        #expect(try render("{{#links}}<{{label}} {{action}}>{{/links}}", step) == "<A Retry><B Retry>")
        #expect(try render("{{missing}}{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}", step) == "y")
    }

    @Test func aLineHoldingOnlyASectionTagIsLeftOut() throws {
        let field = Field(label: "L", value: "")
        #expect(try render("<ul>\n  {{#label}}\n<li>{{label}}</li>\n  {{/label}}\n</ul>\n", field) == "<ul>\n<li>L</li>\n</ul>\n")
    }

    @Test func onlyFieldsNamedHTMLAreWrittenUnescaped() throws {
        #expect(throws: RenderError.template(file: "t.mustache", line: 2, column: 3, problem: "'label' would be written unescaped; only fields named …HTML may be")) {
            try RowTemplate("x\n  {{{label}}}", file: "t.mustache")
        }
    }

    @Test func tagsOutsideTheSubsetAndUnbalancedSectionsAreRefusedWhereTheyAre() throws {
        #expect(throws: RenderError.template(file: "t.mustache", line: 1, column: 4, problem: "'{{> partial}}' is not supported in a row template (names, sections and comments only)")) {
            try RowTemplate("ab {{> partial}}", file: "t.mustache")
        }
        #expect(throws: RenderError.template(file: "t.mustache", line: 1, column: 1, problem: "'{{#a}}' is never closed")) {
            try RowTemplate("{{#a}}x", file: "t.mustache")
        }
        #expect(throws: RenderError.template(file: "t.mustache", line: 1, column: 7, problem: "'{{/b}}' closes no open section")) {
            try RowTemplate("{{#a}}{{/b}}", file: "t.mustache")
        }
    }
}

@Suite struct XMLCharactersTests {
    @Test func pageFramesShowTheCharactersAPageMustNotCarry() {
        let kept = "tab\tline\ncr\r é U+FFFD \u{FFFD} 😀 \u{2028} \u{202F} \u{2065} \u{206A} \u{200F}"
        #expect(XMLCharacters.substituted(kept) == Array(kept.utf8))
        #expect(XMLCharacters.substituted("a\u{01}b\u{1F}c\u{FFFE}d\u{FFFF}e\u{0B}\u{202A}\u{2069}")
            == Array("a\u{2401}b\u{241F}c\u{FFFD}d\u{FFFD}e\u{240B}\\u{202A}\\u{2069}".utf8))
    }
}
