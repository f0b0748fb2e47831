import Foundation
import Testing
@testable import SyncReportKit

/// Views that answer the templates' lookups by name must answer every stored property, under its own name:
/// a name left out would render as empty without any error.
@Suite struct TemplateLookupTests {
    private func expectEveryPropertyAnswers(_ value: Any, _ child: (String) -> Any?) {
        for property in Mirror(reflecting: value).children {
            let name = property.label ?? ""
            #expect(child(name).map { String(describing: $0) } == String(describing: property.value), "\(type(of: value)).\(name)")
        }
        #expect(child("notAProperty") == nil)
    }

    @Test func everyListedViewAnswersEachOfItsProperties() {
        let link = Link(label: "Customer C1", href: "records/c1.html")
        let page = Page(root: "../", title: "t", timeZone: "UTC", generated: "g", hasGenerated: true, content: link)
        expectEveryPropertyAnswers(page, page.child)
        expectEveryPropertyAnswers(link, link.child)
        let error = ErrorRow(
            time: "1", record: "2", recordHref: "3", hasRecord: true, isNew: false, jobHref: "4", hasJob: true,
            message: "6", showsCause: true, cause: "7", causeID: "8", action: "10", isSkipped: true)
        expectEveryPropertyAnswers(error, error.child)
        let event = EventRow(
            time: "1", jobHref: "2", hasJob: true, job: "3", direction: "4", isFailure: false, message: "5", cause: "6",
            evidence: "7", action: "8", repeatSummary: "9", repeats: [link], hasRepeats: true)
        expectEveryPropertyAnswers(event, event.child)
        let recordRow = RecordRow(name: "1", href: "2", mapping: "3", cause: "4", errors: "5", lastFailed: "6", status: "7")
        expectEveryPropertyAnswers(recordRow, recordRow.child)
        let jobRow = JobRow(
            href: "1", start: "2", finish: "3", mapping: "4", direction: "5", inserted: "6", modified: "7", failed: "8", message: "9")
        expectEveryPropertyAnswers(jobRow, jobRow.child)
        let tracked = TrackedRow(name: "1", href: "2", hasPage: true, since: "3", nights: "4")
        expectEveryPropertyAnswers(tracked, tracked.child)
        let pageLink = PageLink(label: "1", href: "2", isCurrent: true, isAfterGap: false)
        expectEveryPropertyAnswers(pageLink, pageLink.child)
        let pager = PagerView(summary: "1", pages: [pageLink], hasPages: true, previous: [link], next: [])
        expectEveryPropertyAnswers(pager, pager.child)
        let errorPage = ErrorPageView(
            heading: "1", summary: "2", pager: pager, rowsHTML: "3", causeHref: "4", cause: "5", mappingHref: "6", mapping: "7")
        expectEveryPropertyAnswers(errorPage, errorPage.child)
        let recordPage = RecordPageView(summary: "1", recordsHTML: "2")
        expectEveryPropertyAnswers(recordPage, recordPage.child)
        let jobPage = JobPageView(summary: "1", jobsHTML: "2")
        expectEveryPropertyAnswers(jobPage, jobPage.child)
        let field = Field(label: "1", value: "2")
        expectEveryPropertyAnswers(field, field.child)
        let step = Step(direction: "1", cause: "2", action: "3", links: [link], hasLinks: true)
        expectEveryPropertyAnswers(step, step.child)
        let record = RecordView(
            anchor: "1", name: "2", sides: [field], coupling: [field], hasCoupling: true, pageEvidence: [], hasPageEvidence: false,
            isFailing: true, status: "3", history: "4", hasHistory: true, nextSteps: [step], isSkipped: false, events: [event],
            earlierEvents: "5", hasEarlierEvents: true)
        expectEveryPropertyAnswers(record, record.child)
        let job = JobView(
            anchor: "1", title: "2", fields: [field], counts: [field], message: "3", hasMessage: true, errorsHTML: "4",
            hasErrors: true, moreErrors: "5", hasMoreErrors: true, errorsLink: "6", hasErrorsLink: true)
        expectEveryPropertyAnswers(job, job.child)
    }
}
