import Testing
@testable import SyncReportKit

/// The row templates render what swift-mustache would for the subset they accept, and refuse the rest.
@Suite struct RowTemplateTests {
    private func render(_ template: String, _ context: some RowContext) throws -> String {
        var bytes: [UInt8] = []
        try RowTemplate(template, file: "t.mustache").render(context, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func namesAreEscapedAndForbiddenCharactersDropped() throws {
        let link = Link(label: "a<b> & \"c\" 'd'\u{1}\u{FFFE}e\tf", href: "x")
        #expect(try render("[{{label}}]", link) == "[a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;e\tf]")
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
    @Test func pageFramesLoseOnlyTheCharactersXMLForbids() {
        let kept = "tab\tline\ncr\r é U+FFFD \u{FFFD} 😀"
        #expect(XMLCharacters.removingForbidden(from: kept) == Array(kept.utf8))
        #expect(XMLCharacters.removingForbidden(from: "a\u{01}b\u{1F}c\u{FFFE}d\u{FFFF}e\u{0B}") == Array("abcde".utf8))
    }
}
