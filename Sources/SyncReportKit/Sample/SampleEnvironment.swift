/// Tenant-wide facts that messages quote: the Dataverse URL, the integration user and the local currency.
struct SampleEnvironment {
    /// The organisation's name, in its Dataverse URL and its Business Central tenant's domain.
    let organization: String
    let serviceURL: String
    /// The Dataverse application user Business Central connects as ("Principal user (Id=…, type=8 …)").
    let integrationUser: SampleGUID
    let roleCount: Int
    let privilegeCount: Int
    /// LCY of the company; the CURRENCY mapping does not synchronise it.
    let localCurrency = "DKK"

    init(rng: inout SplitMix64) {
        organization = rng.pick(SampleVocabulary.organizations)
        serviceURL = "https://\(organization).crm4.dynamics.com"
        integrationUser = SampleGUID(random: &rng)
        roleCount = 1 + rng.below(3)
        privilegeCount = 700 + rng.below(200)
    }
}
