//! Search as you type. Ranking is tested on a small fixed catalog (three real records plus
//! made-up ones cloned from them: only names, aliases, categories and domains matter here), so the
//! expectations do not move when the catalog grows; the last tests run on the whole catalog.

use vendorplan_core::dataset;
use vendorplan_core::search::{search, Hit, MatchedField, SearchIndex};
use vendorplan_data::{Category, Dataset};

fn fixture() -> Dataset {
    let mut data = dataset().clone();
    data.vendors
        .retain(|v| ["authentik", "jumpcloud", "keycloak"].contains(&v.id.as_str()));
    let template = data.vendors[0].clone();
    let mut add =
        |id: &str, name: &str, aliases: &[&str], categories: &[Category], domains: &[&str]| {
            let mut v = template.clone();
            v.id = id.into();
            v.name = name.into();
            v.aliases = aliases.iter().map(|s| s.to_string()).collect();
            v.categories = categories.to_vec();
            v.domains = domains.iter().map(|s| s.to_string()).collect();
            v.cookies.clear();
            v.alternatives.clear();
            data.vendors.push(v);
        };
    add(
        "hubspot",
        "HubSpot",
        &["HubSpot CRM", "HubSpot Marketing Hub"],
        &[Category::Crm, Category::EmailMarketing],
        &["hubspot.com", "hs-scripts.com", "hsforms.net"],
    );
    add(
        "google-analytics",
        "Google Analytics",
        &["GA4", "Universal Analytics"],
        &[Category::Analytics],
        &["google-analytics.com", "analytics.google.com"],
    );
    add(
        "google-tag-manager",
        "Google Tag Manager",
        &["GTM"],
        &[Category::TagManagement],
        &["googletagmanager.com"],
    );
    add(
        "matomo",
        "Matomo",
        &["Piwik"],
        &[Category::Analytics],
        &["matomo.cloud"],
    );
    add(
        "creme-analytics",
        "Crème Analytics",
        &[],
        &[Category::Analytics],
        &["creme.example"],
    );
    add(
        "zubspot",
        "Zubspot",
        &[],
        &[Category::Productivity],
        &["zubspot.example"],
    );
    data.vendors.sort_by(|a, b| a.id.cmp(&b.id));
    data
}

fn names(hits: &[Hit<'_>]) -> Vec<String> {
    hits.iter().map(|h| h.vendor.name.clone()).collect()
}

fn first<'a>(index: &SearchIndex<'a>, query: &str) -> Hit<'a> {
    *index
        .search(query, 10)
        .first()
        .unwrap_or_else(|| panic!("no hit for {query:?}"))
}

#[test]
fn typos_and_unfinished_words() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    for (query, name) in [
        ("hubspt", "HubSpot"),
        ("hubpsot", "HubSpot"),
        ("HUBSP", "HubSpot"),
        ("google anal", "Google Analytics"),
        ("anal google", "Google Analytics"),
        ("jumpclod", "JumpCloud"),
        ("jump", "JumpCloud"),
        ("jump clod", "JumpCloud"),
        ("Jump Cloud", "JumpCloud"),
        ("cloud", "JumpCloud"),
        ("google tag", "Google Tag Manager"),
        ("gtm", "Google Tag Manager"),
        ("piwik", "Matomo"),
    ] {
        assert_eq!(first(&index, query).vendor.name, name, "{query}");
    }
    assert_eq!(first(&index, "hubspt").matched, MatchedField::Name);
}

#[test]
fn case_and_accents_do_not_matter() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    for query in ["creme", "CRÈME", "crème analytics", "cre\u{300}me"] {
        assert_eq!(
            first(&index, query).vendor.name,
            "Crème Analytics",
            "{query}"
        );
    }
    assert_eq!(first(&index, "KEYCLOAK").vendor.name, "Keycloak");
}

#[test]
fn categories_find_every_vendor_of_the_kind() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    let hits = index.search("identity", 10);
    assert_eq!(names(&hits), ["authentik", "JumpCloud", "Keycloak"]);
    assert!(hits
        .iter()
        .all(|h| h.matched == MatchedField::Category(Category::IdentityAccess)));
    let hits = index.search("tag manag", 10);
    assert_eq!(names(&hits), ["Google Tag Manager"]);
}

#[test]
fn domains_hosts_and_urls() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    let hit = first(&index, "console.jumpcloud.com");
    assert_eq!(hit.vendor.name, "JumpCloud");
    assert_eq!(hit.matched, MatchedField::Domain("console.jumpcloud.com"));
    for query in [
        "https://www.googletagmanager.com/gtm.js?id=GTM-XXXX",
        "www.googletagmanager.com",
        "googletagmanager.com",
    ] {
        let hit = first(&index, query);
        assert_eq!(hit.vendor.name, "Google Tag Manager", "{query}");
        assert_eq!(hit.matched, MatchedField::Domain("googletagmanager.com"));
    }
    // Without the spaces, the name itself.
    assert_eq!(
        first(&index, "googletagmanager").matched,
        MatchedField::Name
    );
    // A top-level domain is not a word of the vendor: `.cloud` does not make Matomo a cloud.
    assert_eq!(first(&index, "cloud").vendor.name, "JumpCloud");
    assert_eq!(first(&index, "hs-scripts").vendor.name, "HubSpot");
    assert!(index.search("jumpcloud.com.evil.net", 10).is_empty());
}

#[test]
fn exact_and_prefix_rank_above_fuzzy() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    assert_eq!(names(&index.search("hubspot", 10)), ["HubSpot", "Zubspot"]);
    assert_eq!(names(&index.search("zubspot", 10)), ["Zubspot", "HubSpot"]);
    let hits = index.search("hubspot", 10);
    assert!(hits[0].score > hits[1].score);
    // A domain that starts with the query (`analytics.google.com`) ranks above a name that
    // merely contains it, and the names above the category label they share with Matomo.
    assert_eq!(
        names(&index.search("analytics", 10)),
        ["Google Analytics", "Crème Analytics", "Matomo"]
    );
    assert_eq!(
        names(&index.search("google", 10)),
        ["Google Analytics", "Google Tag Manager"]
    );
}

#[test]
fn empty_query_lists_everyone_by_name() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    let all = [
        "authentik",
        "Crème Analytics",
        "Google Analytics",
        "Google Tag Manager",
        "HubSpot",
        "JumpCloud",
        "Keycloak",
        "Matomo",
        "Zubspot",
    ];
    assert_eq!(names(&index.search("", 100)), all);
    assert_eq!(names(&index.search("  ,. ", 100)), all);
    assert_eq!(names(&index.search("", 2)), all[..2]);
    assert!(index.search("", 0).is_empty());
}

#[test]
fn limits_nonsense_and_hostile_queries() {
    let data = fixture();
    let index = SearchIndex::new(&data);
    assert_eq!(index.search("a", 3).len(), 3);
    assert!(index.search("xyzzyq", 10).is_empty());
    assert!(index.search("hubspot zzzzzz", 10).is_empty());
    let long = "hubspot ".repeat(100_000);
    assert_eq!(first(&index, &long).vendor.name, "HubSpot");
    let junk: String = (0..50_000u32).filter_map(char::from_u32).collect();
    let _ = index.search(&junk, 10);
    let _ = index.search(&"é".repeat(1000), 10);
    let _ = index.search(&"a".repeat(1000), 10);
}

#[test]
fn the_free_function_matches_the_index() {
    let data = fixture();
    for query in ["", "hubspt", "identity", "jumpcloud.com", "k"] {
        assert_eq!(
            search(&data, query, 5),
            SearchIndex::new(&data).search(query, 5),
            "{query}"
        );
        // The embedded catalog's index is kept between calls.
        assert_eq!(
            search(dataset(), query, 5),
            SearchIndex::new(dataset()).search(query, 5),
            "{query}"
        );
    }
}

#[test]
fn the_whole_catalog_finds_what_people_type() {
    let data = dataset();
    let index = SearchIndex::new(data);
    for (query, id) in [
        ("hubspt", "hubspot"),
        ("google anal", "google-analytics"),
        ("gtm", "google-tag-manager"),
        ("jumpclod", "jumpcloud"),
        ("stripe", "stripe"),
        ("personio", "personio"),
        ("connect.facebook.net", "meta-pixel"),
        ("mailchimp", "mailchimp"),
    ] {
        assert_eq!(first(&index, query).vendor.id.as_str(), id, "{query}");
    }
    // Google serves the tags of several products from one host; each of them is a candidate.
    let hits = index.search("https://www.googletagmanager.com/gtm.js?id=GTM-XXXX", 5);
    assert!(hits
        .iter()
        .any(|h| h.vendor.id.as_str() == "google-tag-manager"));
    assert_eq!(index.search("", 1000).len(), data.vendors.len());
}
