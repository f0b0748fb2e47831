import Mustache

// Templates look values up by name. Without these, swift-mustache reflects the whole value with `Mirror` for
// every lookup, which made rendering most of a large night's run time. Only the views rendered once per
// error, event or record are listed; `TemplateLookupTests` checks each against its stored properties.

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

extension ErrorRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": self.time
        case "record": self.record
        case "recordHref": self.recordHref
        case "hasRecord": self.hasRecord
        case "isNew": self.isNew
        case "jobHref": self.jobHref
        case "hasJob": self.hasJob
        case "mapping": self.mapping
        case "message": self.message
        case "cause": self.cause
        case "causeID": self.causeID
        case "evidence": self.evidence
        case "action": self.action
        case "isSkipped": self.isSkipped
        case "links": self.links
        case "hasLinks": self.hasLinks
        default: nil
        }
    }
}

extension EventRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "time": self.time
        case "jobHref": self.jobHref
        case "hasJob": self.hasJob
        case "job": self.job
        case "direction": self.direction
        case "isFailure": self.isFailure
        case "message": self.message
        case "cause": self.cause
        case "evidence": self.evidence
        case "action": self.action
        default: nil
        }
    }
}

extension RecordRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "mapping": self.mapping
        case "cause": self.cause
        case "errors": self.errors
        case "lastFailed": self.lastFailed
        case "status": self.status
        default: nil
        }
    }
}

extension TrackedRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "hasPage": self.hasPage
        case "since": self.since
        case "nights": self.nights
        default: nil
        }
    }
}

extension Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
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

extension Field: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        default: nil
        }
    }
}

extension Step: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "direction": self.direction
        case "cause": self.cause
        case "action": self.action
        case "links": self.links
        case "hasLinks": self.hasLinks
        default: nil
        }
    }
}
