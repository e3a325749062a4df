//! Consent-manager configuration from the cookie inventory: which vendors go in, under which
//! categories, which are left out and why, Google Consent Mode defaults, and escaping.

mod common;

use std::path::PathBuf;

use vendorplan_core::answers::{Answer, AnswerKey, Answers};
use vendorplan_core::consent::{self, Reason, Target};
use vendorplan_core::engine::build_plan;
use vendorplan_core::export::Day;
use vendorplan_core::Plan;
use vendorplan_data::{CookiePurpose, Dataset, VendorId};

fn plan(data: &Dataset, vendors: &[&str]) -> Plan {
    let mut answers = Answers {
        vendors: vendors.iter().map(|v| VendorId::from(*v)).collect(),
        ..Answers::default()
    };
    answers
        .answers
        .insert(AnswerKey::org("website"), Answer::Text("eu".into()));
    answers.organisation = "Acme".into();
    build_plan(data, &answers)
}

const SITE: &[&str] = &[
    "google-analytics",
    "meta-pixel",
    "hotjar",
    "stripe",
    "youtube",
    "cloudflare",
    "jumpcloud",
];

#[test]
fn services_categories_and_exclusions() {
    let data = vendorplan_core::dataset();
    let plan = plan(data, SITE);
    let setup = consent::setup(data, &plan);
    let services: Vec<&str> = setup
        .services
        .iter()
        .map(|s| s.vendor.id.as_str())
        .collect();
    assert_eq!(
        services,
        [
            "google-analytics",
            "hotjar",
            "meta-pixel",
            "stripe",
            "youtube"
        ]
    );
    let purposes = |id: &str| {
        setup
            .services
            .iter()
            .find(|s| s.vendor.id.as_str() == id)
            .unwrap()
            .purposes
            .clone()
    };
    assert!(purposes("google-analytics").contains(&CookiePurpose::Analytics));
    assert_eq!(purposes("meta-pixel"), [CookiePurpose::Marketing]);
    assert!(purposes("youtube").contains(&CookiePurpose::Marketing));
    // The catalog marks Stripe's fraud-prevention cookies functional, not strictly necessary,
    // so Stripe is asked for; a strictly-necessary-only vendor (Cloudflare) is left out.
    assert_eq!(purposes("stripe"), [CookiePurpose::Functional]);
    let excluded: Vec<(&str, Reason)> = setup
        .excluded
        .iter()
        .map(|e| (e.vendor.id.as_str(), e.reason))
        .collect();
    assert_eq!(
        excluded,
        [
            ("cloudflare", Reason::StrictlyNecessary),
            // Its staff cookies are all strictly necessary too.
            ("jumpcloud", Reason::StrictlyNecessary)
        ]
    );
    // No strictly-necessary or staff cookie reaches a banner.
    for s in &setup.services {
        for c in &s.cookies {
            assert_ne!(c.purpose, CookiePurpose::StrictlyNecessary, "{}", c.name);
        }
    }
    assert_eq!(
        setup.categories(),
        [
            CookiePurpose::Functional,
            CookiePurpose::Analytics,
            CookiePurpose::Marketing
        ]
    );

    let klaro = consent::config(data, &plan, Target::Klaro);
    assert!(klaro.contains("window.klaroConfig = {"), "{klaro}");
    assert!(klaro.contains("name: \"meta-pixel\","));
    assert!(klaro.contains("purposes: [\"marketing\"],"));
    assert!(
        klaro.contains("/^_ga_.*$/"),
        "wildcards become regular expressions"
    );
    assert!(klaro.contains("[\"datr\", '/', \"facebook.com\"]"));
    assert!(klaro.contains("lang: \"en\","));
    assert!(klaro.contains("//   - Cloudflare: sets only strictly necessary cookies"));
    assert!(klaro.contains("//   - JumpCloud: sets only strictly necessary cookies"));
    assert!(!klaro.contains("name: \"cloudflare\""));
    assert!(klaro.contains("ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023"));

    let cc = consent::config(data, &plan, Target::Cookieconsent);
    assert!(
        cc.contains("necessary: { enabled: true, readOnly: true }"),
        "{cc}"
    );
    for c in ["\"functional\": {", "\"analytics\": {", "\"marketing\": {"] {
        assert!(cc.contains(c), "{c}");
    }
    assert!(cc.contains("\"meta-pixel\": { label: \"Meta Pixel\""));
    assert!(cc.contains("{ name: /^_ga_.*$/ }"));
    assert!(cc.contains("default: \"en\","));
    assert!(cc.contains("acceptNecessaryBtn: \"Reject all\""));
    assert!(!cc.contains("\"cloudflare\""));

    let tac = consent::config(data, &plan, Target::Tarteaucitron);
    assert!(tac.contains("tarteaucitron.init({"), "{tac}");
    assert!(tac.contains("highPrivacy: true,"));
    for key in ["gtag", "facebookpixel", "hotjar", "youtube"] {
        let job = format!("(tarteaucitron.job = tarteaucitron.job || []).push(\"{key}\");");
        let found = tac.contains(&job);
        let expected = data
            .vendors
            .iter()
            .any(|v| v.open_data.tarteaucitron.first().map(String::as_str) == Some(key));
        assert_eq!(found, expected, "{key}");
    }
    assert!(
        tac.contains("push(\"gtag\")"),
        "the keys survive into the embedded dataset"
    );
    // Stripe has no tarteaucitron service: named, not pushed.
    assert!(tac.contains("tarteaucitron has no service for Stripe"));
    assert!(tac.contains("window.tarteaucitronForceLanguage = \"en\";"));
}

#[test]
fn consent_mode_defaults_exactly_when_a_google_service_is_selected() {
    let data = vendorplan_core::dataset();
    let default = "gtag('consent', 'default', {";
    for (vendors, google) in [
        (SITE, true),
        (&["meta-pixel", "hotjar", "youtube"][..], false),
        (&["google-tag-manager"][..], true),
        (&["google-ads", "hotjar"][..], true),
        (&["google-fonts", "google-maps"][..], false),
    ] {
        let plan = plan(data, vendors);
        for target in Target::all() {
            let text = consent::config(data, &plan, target);
            assert_eq!(text.contains(default), google, "{vendors:?} {target:?}");
            assert_eq!(
                text.contains("gtag('consent', 'update'"),
                google,
                "{vendors:?} {target:?}"
            );
            if google {
                let at = text.find(default).unwrap();
                let stub = text
                    .find("window.dataLayer = window.dataLayer || [];")
                    .unwrap();
                assert!(stub < at);
                // Nothing before the defaults but comments.
                assert!(text[..stub]
                    .lines()
                    .all(|l| l.is_empty() || l.starts_with("//")));
                for signal in [
                    "ad_storage",
                    "analytics_storage",
                    "ad_user_data",
                    "ad_personalization",
                ] {
                    assert!(
                        text[at..].contains(&format!("{signal}: 'denied'")),
                        "{signal}"
                    );
                }
                assert!(text.contains("wait_for_update: 500"));
            }
        }
    }
    // Google Ads grants the advertising signals, Analytics analytics storage.
    let plan = plan(data, &["google-analytics", "google-ads"]);
    let klaro = consent::config(data, &plan, Target::Klaro);
    assert!(
        klaro.contains("\"google-ads\": ['ad_storage', 'ad_user_data', 'ad_personalization']"),
        "{klaro}"
    );
    assert!(klaro.contains("callback: function (consent, service) { vendorplanUpdateConsentMode(service.name, consent); }"));
    let cc = consent::config(data, &plan, Target::Cookieconsent);
    assert!(cc.contains("analytics_storage: has('analytics')"));
    assert!(cc.contains("ad_storage: has('marketing')"));
    let tac = consent::config(data, &plan, Target::Tarteaucitron);
    assert!(tac.contains("document.addEventListener(\"googleads_allowed\", function () { vendorplanUpdateConsentMode(\"google-ads\", true); });"), "{tac}");
}

#[test]
fn texts_follow_the_plan_language() {
    let data = vendorplan_core::catalog::ready("de").expect("German is compiled in");
    let plan = plan(data, &["hotjar", "cloudflare"]);
    let klaro = consent::config(data, &plan, Target::Klaro);
    assert!(klaro.contains("lang: \"de\","));
    assert!(
        klaro.contains("title: \"Wir verwenden Cookies\""),
        "{klaro}"
    );
    assert!(klaro.contains("Art. 5 Abs. 3 ePrivacy-Richtlinie"));
    let cc = consent::config(data, &plan, Target::Cookieconsent);
    assert!(cc.contains("default: \"de\","));
    assert!(cc.contains("acceptAllBtn: \"Alle akzeptieren\""));
    let (name, _) = consent::file(
        data,
        &plan,
        Target::Klaro,
        Day::parse("2026-11-25").unwrap(),
    );
    assert_eq!(name, "acme-klaro-konfiguration-2026-11-25.js");
}

/// The catalog plus a made-up record whose name, cookie name and tarteaucitron key try to
/// leave their literal or comment.
fn hostile_data() -> Dataset {
    let root = common::root();
    let fixture = std::fs::read_to_string(
        root.join("tests/scenarios/fixtures/vendors/test-us-ads-pixel.toml"),
    )
    .unwrap();
    let mut text = fixture
        .replacen("id = \"test-us-ads-pixel\"", "id = \"test-hostile-widget\"", 1)
        .replacen(
            "name = \"Test Ads Pixel\"",
            "name = \"Evil \\\"Widget\\\"</script><script>alert(1)</script>\\u2028alert(2)\\nalert(3)\"",
            1,
        )
        .replacen("name = \"_tap\"", "name = \"x\\\"];alert(4);//*\"", 1)
        .replace("ads.example.org", "hostile.example.org");
    text.push_str("\n[open_data]\ntarteaucitron = [\"a'); alert(5); (\\\"\"]\n");
    let dir: PathBuf =
        std::env::temp_dir().join(format!("vendorplan-consent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("test-hostile-widget.toml"), text).unwrap();
    // A console whose consent-requiring cookies land only on staff browsers.
    let staff = fixture
        .replacen(
            "id = \"test-us-ads-pixel\"",
            "id = \"test-staff-console\"",
            1,
        )
        .replacen(
            "name = \"Test Ads Pixel\"",
            "name = \"Test Staff Console\"",
            1,
        )
        .replace("ads.example.org", "console.example.org")
        .replace("set_on = \"visitors\"", "set_on = \"staff\"");
    std::fs::write(dir.join("test-staff-console.toml"), staff).unwrap();
    let data = vendorplan_data::load::load_with_vendors(
        &root.join("data"),
        &[root.join("data/vendors"), dir.clone()],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&dir);
    data
}

#[test]
fn hostile_record_text_stays_inside_string_literals() {
    let data = hostile_data();
    let vendor = data
        .vendor(&VendorId::from("test-hostile-widget"))
        .unwrap()
        .clone();
    let hostile = plan(&data, &["test-hostile-widget", "google-analytics"]);
    for target in Target::all() {
        let text = consent::config(&data, &hostile, target);
        assert!(
            !text.to_lowercase().contains("</script"),
            "{target:?}:\n{text}"
        );
        assert!(!text.contains('\u{2028}'));
        // With the escapes taken out, no quote from the record is left to end a literal.
        let unescaped = text.replace("\\\\", "").replace("\\\"", "");
        for raw in ["\"];alert(4)", "(\"\"", "\"Widget\"<"] {
            assert!(!unescaped.contains(raw), "{target:?}: {raw}\n{text}");
        }
        // Every line that carries the payload is a comment or holds it in an escaped literal.
        for line in text.lines().filter(|l| l.contains("alert(")) {
            let trimmed = line.trim_start();
            assert!(
                trimmed.starts_with("//")
                    || line.contains("\\u003c/script>\\u003cscript>alert(1)")
                    || line.contains("\\\"];alert(4)")
                    || line.contains("alert(5); (\\\""),
                "{target:?}: {line}"
            );
        }
        // The name is in the file exactly once per literal, JSON-escaped.
        if target != Target::Tarteaucitron {
            assert!(text.contains(&consent::js(&vendor.name)), "{target:?}");
        }
    }
    let plan_staff = plan(&data, &["test-staff-console"]);
    let setup = consent::setup(&data, &plan_staff);
    assert!(setup.services.is_empty());
    assert_eq!(setup.excluded[0].reason, Reason::StaffOnly);
    let klaro = consent::config(&data, &plan_staff, Target::Klaro);
    assert!(klaro.contains("//   - Test Staff Console: its cookies that need consent are set only in your staff's browsers when they sign in to Test Staff Console"), "{klaro}");
    assert!(klaro.contains("// No selected vendor sets cookies on your website that need consent"));
    // The cookie name's `*` makes it a regular expression; its quote is an escape.
    let klaro = consent::config(&data, &hostile, Target::Klaro);
    assert!(
        klaro.contains("/^x\\u0022\\u005d\\u003balert\\u00284\\u0029\\u003b\\u002f\\u002f.*$/"),
        "{klaro}"
    );
}

#[test]
fn file_names_and_targets() {
    let data = vendorplan_core::dataset();
    let plan = plan(data, &["hotjar"]);
    let made = Day::parse("2026-11-25").unwrap();
    let names: Vec<String> = Target::all()
        .map(|t| consent::file(data, &plan, t, made).0)
        .collect();
    assert_eq!(
        names,
        [
            "acme-klaro-config-2026-11-25.js",
            "acme-cookieconsent-config-2026-11-25.js",
            "acme-tarteaucitron-config-2026-11-25.js"
        ]
    );
    assert_eq!(
        "cookieconsent".parse::<Target>().unwrap(),
        Target::Cookieconsent
    );
    assert!("onetrust".parse::<Target>().is_err());
    let empty = plan_none(data);
    let text = consent::config(data, &empty, Target::Klaro);
    assert!(text.contains("services: [\n  ]"), "{text}");
}

fn plan_none(data: &Dataset) -> Plan {
    plan(data, &["cloudflare"])
}
