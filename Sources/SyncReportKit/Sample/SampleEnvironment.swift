/// Tenant-wide facts that messages quote: the Dataverse URL, the integration user and the local currency.
struct SampleEnvironment {
    let serviceURL: String
    /// The Dataverse application user Business Central connects as ("Principal user (Id=…, type=8 …)").
    let integrationUser: SampleGUID
    let roleCount: Int
    let privilegeCount: Int
    /// LCY of the company; the CURRENCY mapping does not synchronise it.
    let localCurrency = "DKK"

    init(rng: inout SplitMix64) {
        serviceURL = "https://\(rng.pick(SampleVocabulary.organizations)).crm4.dynamics.com"
        integrationUser = SampleGUID(random: &rng)
        roleCount = 1 + rng.below(3)
        privilegeCount = 700 + rng.below(200)
    }
}
