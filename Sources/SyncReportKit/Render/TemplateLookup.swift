import Mustache

// Templates look values up by name. Without these, swift-mustache reflects the whole value with `Mirror` for
// every lookup, which made rendering most of a large night's run time. Views that row templates render
// answer as `RowContext`; the rest of those rendered once per error, event or record, and the views of the
// pages a large night has thousands of (error lists, record and job groups), as `MustacheParent`.
// `TemplateLookupTests` checks each against its stored properties.

extension Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": self.root
        case "title": self.title
        case "timeZone": self.timeZone
        case "generated": self.generated
        case "hasGenerated": self.hasGenerated
        case "content": self.content
        default: nil
        }
    }
}

extension ErrorPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "summary": self.summary
        case "pager": self.pager
        case "rowsHTML": self.rowsHTML
        case "causeHref": self.causeHref
        case "cause": self.cause
        case "mappingHref": self.mappingHref
        case "mapping": self.mapping
        default: nil
        }
    }
}

extension PagerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": self.summary
        case "pages": self.pages
        case "hasPages": self.hasPages
        case "previous": self.previous
        case "next": self.next
        default: nil
        }
    }
}

extension RecordPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": self.summary
        case "recordsHTML": self.recordsHTML
        default: nil
        }
    }
}

extension JobPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": self.summary
        case "jobsHTML": self.jobsHTML
        default: nil
        }
    }
}

extension RecordRow: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "name": .text(self.name)
        case "href": .text(self.href)
        case "mapping": .text(self.mapping)
        case "cause": .text(self.cause)
        case "errors": .text(self.errors)
        case "lastFailed": .text(self.lastFailed)
        case "status": .text(self.status)
        default: nil
        }
    }
}

extension JobRow: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "href": .text(self.href)
        case "start": .text(self.start)
        case "finish": .text(self.finish)
        case "mapping": .text(self.mapping)
        case "direction": .text(self.direction)
        case "inserted": .text(self.inserted)
        case "modified": .text(self.modified)
        case "failed": .text(self.failed)
        case "message": .text(self.message)
        default: nil
        }
    }
}

extension TrackedRow: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "name": .text(self.name)
        case "href": .text(self.href)
        case "hasPage": .flag(self.hasPage)
        case "since": .text(self.since)
        case "nights": .text(self.nights)
        default: nil
        }
    }
}

extension PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
        case "isCurrent": self.isCurrent
        case "isAfterGap": self.isAfterGap
        default: nil
        }
    }
}

extension ErrorRow: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "time": .text(self.time)
        case "record": .text(self.record)
        case "recordHref": .text(self.recordHref)
        case "hasRecord": .flag(self.hasRecord)
        case "isNew": .flag(self.isNew)
        case "jobHref": .text(self.jobHref)
        case "hasJob": .flag(self.hasJob)
        case "message": .text(self.message)
        case "showsCause": .flag(self.showsCause)
        case "cause": .text(self.cause)
        case "causeID": .text(self.causeID)
        case "action": .text(self.action)
        case "isSkipped": .flag(self.isSkipped)
        default: nil
        }
    }
}

extension EventRow: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "time": .text(self.time)
        case "jobHref": .text(self.jobHref)
        case "hasJob": .flag(self.hasJob)
        case "job": .text(self.job)
        case "direction": .text(self.direction)
        case "isFailure": .flag(self.isFailure)
        case "message": .text(self.message)
        case "cause": .text(self.cause)
        case "evidence": .text(self.evidence)
        case "action": .text(self.action)
        case "repeatSummary": .text(self.repeatSummary)
        case "repeats": .list(self.repeats)
        case "hasRepeats": .flag(self.hasRepeats)
        default: nil
        }
    }
}

extension RecordView: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "anchor": .text(self.anchor)
        case "name": .text(self.name)
        case "sides": .list(self.sides)
        case "coupling": .list(self.coupling)
        case "hasCoupling": .flag(self.hasCoupling)
        case "pageEvidence": .list(self.pageEvidence)
        case "hasPageEvidence": .flag(self.hasPageEvidence)
        case "isFailing": .flag(self.isFailing)
        case "status": .text(self.status)
        case "history": .text(self.history)
        case "hasHistory": .flag(self.hasHistory)
        case "nextSteps": .list(self.nextSteps)
        case "isSkipped": .flag(self.isSkipped)
        case "events": .list(self.events)
        case "earlierEvents": .text(self.earlierEvents)
        case "hasEarlierEvents": .flag(self.hasEarlierEvents)
        default: nil
        }
    }
}

extension JobView: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "anchor": .text(self.anchor)
        case "title": .text(self.title)
        case "fields": .list(self.fields)
        case "counts": .list(self.counts)
        case "message": .text(self.message)
        case "hasMessage": .flag(self.hasMessage)
        case "errorsHTML": .text(self.errorsHTML)
        case "hasErrors": .flag(self.hasErrors)
        case "moreErrors": .text(self.moreErrors)
        case "hasMoreErrors": .flag(self.hasMoreErrors)
        case "errorsLink": .text(self.errorsLink)
        case "hasErrorsLink": .flag(self.hasErrorsLink)
        default: nil
        }
    }
}

extension Step: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "direction": .text(self.direction)
        case "cause": .text(self.cause)
        case "action": .text(self.action)
        case "links": .list(self.links)
        case "hasLinks": .flag(self.hasLinks)
        default: nil
        }
    }
}

extension Field: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "label": .text(self.label)
        case "value": .text(self.value)
        default: nil
        }
    }
}

extension Link: RowContext {
    func value(named name: String) -> RowValue? {
        switch name {
        case "label": .text(self.label)
        case "href": .text(self.href)
        default: nil
        }
    }
}
