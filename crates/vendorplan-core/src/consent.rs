//! Consent-manager configuration made from the plan's cookie inventory: Klaro 0.7
//! (`config.js`), vanilla-cookieconsent v3 (the object for `CookieConsent.run`) and
//! tarteaucitron 1.x (`tarteaucitron.init` and the services list), each with Google Consent
//! Mode v2 defaults when the plan has a Google service that reads them.
//!
//! Only cookies that need consent go in: those set on visitors' browsers for a purpose other
//! than strictly necessary (ePrivacy Art. 5(3); EDPB Guidelines 2/2023 on its technical scope).
//! Vendors with nothing of that kind are left out, and the file says why in a comment.
//!
//! Every text that comes from data or from the visitor goes out as a JSON string literal (with
//! `<`, U+2028 and U+2029 escaped too, so the file can be pasted into an inline `<script>`),
//! cookie-name patterns as regular expressions made of `\uXXXX` escapes, and comments lose
//! their line breaks: nothing from a record can leave the literal or the comment it is in.

use std::fmt::Write;

use vendorplan_data::{t, CookiePurpose, Dataset, SetOn, Vendor, VendorId};

use crate::export::{self, Day};
use crate::plan::{CookieRow, Plan};

/// The consent managers a configuration can be made for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter,
)]
#[strum(serialize_all = "lowercase")]
pub enum Target {
    Klaro,
    Cookieconsent,
    Tarteaucitron,
}

impl Target {
    /// The id used on the command line (`--for`) and in the `consent-<id>` export event.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every target, in the order the interface offers them.
    pub fn all() -> impl Iterator<Item = Target> {
        <Target as strum::IntoEnumIterator>::iter()
    }

    /// The name of the consent manager and its version line, in the dataset's language.
    pub fn label(self, data: &Dataset) -> String {
        match self {
            Target::Klaro => t!(data, "consent-target-klaro"),
            Target::Cookieconsent => t!(data, "consent-target-cookieconsent"),
            Target::Tarteaucitron => t!(data, "consent-target-tarteaucitron"),
        }
    }
}

/// Catalog ids of the Google services whose tags read Google Consent Mode v2 (Google, "Consent
/// mode overview", developers.google.com/tag-platform/security/concepts/consent-mode): the
/// Google tag for Analytics and Ads, and Tag Manager, which fires them. Services such as Maps,
/// Fonts or YouTube do not read it, so they get no consent-mode defaults.
pub const CONSENT_MODE_VENDORS: &[&str] = &["google-analytics", "google-ads", "google-tag-manager"];

/// The four consent-mode v2 signals, denied by default.
const SIGNALS: [&str; 4] = [
    "ad_storage",
    "analytics_storage",
    "ad_user_data",
    "ad_personalization",
];

/// The consent-mode signals a cookie purpose stands for: analytics storage for analytics; the
/// three advertising signals for marketing. Functional storage is not one of the v2 signals.
fn signals(purpose: CookiePurpose) -> &'static [&'static str] {
    match purpose {
        CookiePurpose::Analytics => &["analytics_storage"],
        CookiePurpose::Marketing => &["ad_storage", "ad_user_data", "ad_personalization"],
        _ => &[],
    }
}

/// The categories a banner can offer, in the order shown; strictly necessary is always on.
const CATEGORIES: [CookiePurpose; 3] = [
    CookiePurpose::Functional,
    CookiePurpose::Analytics,
    CookiePurpose::Marketing,
];

/// A cookie a banner asks consent for.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsentCookie {
    pub name: String,
    /// The host it is set on, when the catalog names one; `None` for the customer's own site.
    pub domain: Option<String>,
    pub purpose: CookiePurpose,
    pub duration: String,
    pub description: String,
}

/// A vendor that needs the visitor's consent, with the cookies that need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Service<'a> {
    pub vendor: &'a Vendor,
    /// In the order of [`CATEGORIES`], each once.
    pub purposes: Vec<CookiePurpose>,
    pub cookies: Vec<ConsentCookie>,
}

/// Why a selected vendor is not in the banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Its cookies on visitors' browsers are all strictly necessary.
    StrictlyNecessary,
    /// Its cookies that need consent land only on staff browsers, in the vendor's own product.
    StaffOnly,
    /// The catalog lists no cookie or similar storage for it.
    NoCookies,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Excluded<'a> {
    pub vendor: &'a Vendor,
    pub reason: Reason,
}

/// What every configuration is made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup<'a> {
    pub services: Vec<Service<'a>>,
    pub excluded: Vec<Excluded<'a>>,
    /// The selected Google services that read consent mode ([`CONSENT_MODE_VENDORS`]); when
    /// not empty, every configuration starts with the consent-mode defaults.
    pub consent_mode: Vec<&'a Vendor>,
}

impl Setup<'_> {
    /// The categories that have at least one service, in the order shown.
    pub fn categories(&self) -> Vec<CookiePurpose> {
        CATEGORIES
            .into_iter()
            .filter(|c| self.services.iter().any(|s| s.purposes.contains(c)))
            .collect()
    }

    /// The consent-mode signals each included Google service's consent grants.
    fn consent_mode_signals(&self) -> Vec<(&VendorId, Vec<&'static str>)> {
        self.services
            .iter()
            .filter(|s| CONSENT_MODE_VENDORS.contains(&s.vendor.id.as_str()))
            .map(|s| {
                let mut out: Vec<&'static str> = s
                    .purposes
                    .iter()
                    .flat_map(|p| signals(*p))
                    .copied()
                    .collect();
                out.sort_by_key(|s| SIGNALS.iter().position(|x| x == s));
                out.dedup();
                (&s.vendor.id, out)
            })
            .collect()
    }
}

/// The host a catalog cookie is set on, if the record names one: "your website" and free text
/// are not hosts.
fn host(domain: &str) -> Option<String> {
    let d = domain.trim().trim_start_matches('.');
    let ok = d.contains('.')
        && d.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    ok.then(|| d.to_ascii_lowercase())
}

/// Sorts the plan's selected vendors into those the banner asks for and those it leaves out.
pub fn setup<'a>(data: &'a Dataset, plan: &Plan) -> Setup<'a> {
    let mut services = Vec::new();
    let mut excluded = Vec::new();
    let mut consent_mode = Vec::new();
    for id in &plan.answers.vendors {
        let Some(vendor) = data.vendor(id) else {
            continue;
        };
        if CONSENT_MODE_VENDORS.contains(&id.as_str()) {
            consent_mode.push(vendor);
        }
        let rows: Vec<&CookieRow> = plan.cookies.iter().filter(|c| &c.vendor == id).collect();
        let needs_consent = |c: &CookieRow| c.purpose != CookiePurpose::StrictlyNecessary;
        let asked: Vec<&CookieRow> = rows
            .iter()
            .filter(|c| needs_consent(c) && c.set_on == SetOn::Visitors)
            .copied()
            .collect();
        if asked.is_empty() {
            let reason = if rows.is_empty() {
                Reason::NoCookies
            } else if rows.iter().any(|c| needs_consent(c)) {
                Reason::StaffOnly
            } else {
                Reason::StrictlyNecessary
            };
            excluded.push(Excluded { vendor, reason });
            continue;
        }
        let cookies: Vec<ConsentCookie> = asked
            .iter()
            .map(|c| ConsentCookie {
                name: c.name.clone(),
                domain: host(&c.domain),
                purpose: c.purpose,
                duration: c.duration.clone(),
                description: vendor
                    .cookies
                    .iter()
                    .find(|k| k.name == c.name)
                    .map(|k| k.description.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let purposes = CATEGORIES
            .into_iter()
            .filter(|p| cookies.iter().any(|c| c.purpose == *p))
            .collect();
        services.push(Service {
            vendor,
            purposes,
            cookies,
        });
    }
    Setup {
        services,
        excluded,
        consent_mode,
    }
}

/// `text` as a JavaScript string literal. JSON strings are JavaScript strings; `<` is escaped
/// so that `</script>` cannot end an inline script, and the two line separators so that older
/// engines read the literal too.
pub fn js(text: &str) -> String {
    serde_json::to_string(text)
        .expect("a string always serializes")
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// `text` for a `//` comment: line breaks (which would end the comment) and other control
/// characters become spaces, `<` becomes `‹` so that no `</script>` appears.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => '‹',
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => ' ',
            c => c,
        })
        .collect()
}

/// Writes `text` as `//` comment lines, each line of the message its own comment.
fn comment(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{indent}// {}", comment_text(line).trim_end());
    }
}

/// A cookie name as a consent manager matches it: the name itself, or, where the catalog uses
/// `*` for a variable part (`_ga_*`), an anchored regular expression. Every character of the
/// expression but letters, digits and `_` is written as a `\uXXXX` escape, so a name can
/// neither end the literal nor add regex syntax.
pub fn cookie_pattern(name: &str) -> String {
    if !name.contains('*') {
        return js(name);
    }
    let mut out = String::from("/^");
    for c in name.chars() {
        match c {
            '*' => out.push_str(".*"),
            c if c.is_ascii_alphanumeric() || c == '_' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push_str("$/");
    out
}

fn purpose_id(p: CookiePurpose) -> &'static str {
    p.into()
}

fn purpose_label(data: &Dataset, p: CookiePurpose) -> String {
    vendorplan_data::vocabulary::label(&data.vocabulary.cookie_purpose, &p).to_owned()
}

fn purpose_description(data: &Dataset, p: CookiePurpose) -> String {
    match p {
        CookiePurpose::StrictlyNecessary => t!(data, "consent-category-necessary"),
        CookiePurpose::Functional => t!(data, "consent-category-functional"),
        CookiePurpose::Analytics => t!(data, "consent-category-analytics"),
        CookiePurpose::Marketing => t!(data, "consent-category-marketing"),
    }
}

/// The header every file starts with: what it is, for whom, the legal basis, how to load it,
/// and the vendors left out with the reason.
fn header(data: &Dataset, plan: &Plan, setup: &Setup, target: Target) -> String {
    let mut out = String::new();
    let organisation = match plan.answers.organisation.trim() {
        "" => t!(data, "consent-your-organisation"),
        o => o.to_owned(),
    };
    comment(
        &mut out,
        "",
        &t!(
            data,
            "consent-header",
            manager = target.label(data),
            organisation = organisation,
            catalog = plan.catalog.version.clone()
        ),
    );
    comment(&mut out, "", &t!(data, "consent-guidance"));
    comment(&mut out, "", &t!(data, "consent-legal"));
    let usage = match target {
        Target::Klaro => t!(data, "consent-usage-klaro"),
        Target::Cookieconsent => t!(data, "consent-usage-cookieconsent"),
        Target::Tarteaucitron => t!(data, "consent-usage-tarteaucitron"),
    };
    comment(&mut out, "", &usage);
    out.push_str("//\n");
    if setup.excluded.is_empty() {
        comment(&mut out, "", &t!(data, "consent-excluded-none"));
    } else {
        comment(&mut out, "", &t!(data, "consent-excluded-heading"));
        for e in &setup.excluded {
            let vendor = e.vendor.name.as_str();
            let reason = match e.reason {
                Reason::StrictlyNecessary => t!(data, "consent-reason-necessary", vendor = vendor),
                Reason::StaffOnly => t!(data, "consent-reason-staff", vendor = vendor),
                Reason::NoCookies => t!(data, "consent-reason-none", vendor = vendor),
            };
            comment(&mut out, "", &format!("  - {reason}"));
        }
    }
    if setup.services.is_empty() {
        comment(&mut out, "", &t!(data, "consent-no-services"));
    }
    out.push('\n');
    out
}

/// The Google Consent Mode v2 stub and defaults, and the function the consent callbacks call:
/// a signal is granted while any consented Google service stands for it.
fn consent_mode(data: &Dataset, setup: &Setup, per_service: bool) -> String {
    let mut out = String::new();
    if setup.consent_mode.is_empty() {
        return out;
    }
    let names: Vec<&str> = setup.consent_mode.iter().map(|v| v.name.as_str()).collect();
    comment(
        &mut out,
        "",
        &t!(data, "consent-gcm", services = names.join(", ")),
    );
    out.push_str("window.dataLayer = window.dataLayer || [];\n");
    out.push_str("function gtag() { window.dataLayer.push(arguments); }\n");
    out.push_str("gtag('consent', 'default', {\n");
    for s in SIGNALS {
        let _ = writeln!(out, "  {s}: 'denied',");
    }
    out.push_str("  wait_for_update: 500\n});\n");
    if !per_service {
        out.push('\n');
        return out;
    }
    out.push_str("var vendorplanConsentMode = {\n");
    let grants = setup.consent_mode_signals();
    for (i, (id, signals)) in grants.iter().enumerate() {
        let list: Vec<String> = signals.iter().map(|s| format!("'{s}'")).collect();
        let comma = if i + 1 < grants.len() { "," } else { "" };
        let _ = writeln!(out, "  {}: [{}]{comma}", js(id.as_str()), list.join(", "));
    }
    // The managers report every service's state when they start, before any choice; only a
    // change from what Google was last told is sent, so the defaults stand until a decision.
    out.push_str("};\nvar vendorplanConsent = {};\nvar vendorplanSent = '';\n");
    out.push_str(
        "function vendorplanUpdateConsentMode(service, granted) {\n\
         \x20 if (!Object.prototype.hasOwnProperty.call(vendorplanConsentMode, service)) return;\n\
         \x20 vendorplanConsent[service] = granted;\n\
         \x20 var update = { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };\n\
         \x20 Object.keys(vendorplanConsentMode).forEach(function (name) {\n\
         \x20   if (vendorplanConsent[name]) {\n\
         \x20     vendorplanConsentMode[name].forEach(function (signal) { update[signal] = 'granted'; });\n\
         \x20   }\n\
         \x20 });\n\
         \x20 var sent = JSON.stringify(update);\n\
         \x20 if (sent === vendorplanSent || (!vendorplanSent && sent.indexOf('granted') === -1)) return;\n\
         \x20 vendorplanSent = sent;\n\
         \x20 gtag('consent', 'update', update);\n\
         }\n\n",
    );
    out
}

/// Cookie entries as Klaro lists them: the pattern, or `[pattern, path, domain]` when the
/// catalog names the host.
fn klaro_cookie(c: &ConsentCookie) -> String {
    match &c.domain {
        Some(d) => format!("[{}, '/', {}]", cookie_pattern(&c.name), js(d)),
        None => cookie_pattern(&c.name),
    }
}

/// Klaro 0.7: `window.klaroConfig`, which klaro.js reads when it loads.
pub fn klaro(data: &Dataset, plan: &Plan) -> String {
    let setup = setup(data, plan);
    let mut out = header(data, plan, &setup, Target::Klaro);
    out.push_str(&consent_mode(data, &setup, true));
    let lang = js(data.lang());
    out.push_str("window.klaroConfig = {\n  version: 1,\n  elementID: 'klaro',\n");
    // Texts stay plain text: a description from a record must never become markup.
    out.push_str("  htmlTexts: false,\n  storageMethod: 'cookie',\n  cookieName: 'klaro',\n");
    // Six months, after which the CNIL recommends asking again (the other two managers' defaults
    // are about the same).
    out.push_str("  cookieExpiresAfterDays: 180,\n  default: false,\n  mustConsent: false,\n");
    out.push_str("  acceptAll: true,\n  hideDeclineAll: false,\n  groupByPurpose: true,\n");
    let _ = writeln!(out, "  lang: {lang},");
    if !setup.consent_mode.is_empty() {
        out.push_str(
            "  callback: function (consent, service) { vendorplanUpdateConsentMode(service.name, consent); },\n",
        );
    }
    let _ = writeln!(out, "  translations: {{\n    {lang}: {{");
    let _ = writeln!(
        out,
        "      consentModal: {{ title: {}, description: {} }},",
        js(&t!(data, "consent-modal-title")),
        js(&t!(data, "consent-modal-description"))
    );
    out.push_str("      purposes: {\n");
    let categories = setup.categories();
    for (i, p) in categories.iter().enumerate() {
        let comma = if i + 1 < categories.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "        {}: {{ title: {}, description: {} }}{comma}",
            js(purpose_id(*p)),
            js(&purpose_label(data, *p)),
            js(&purpose_description(data, *p))
        );
    }
    out.push_str("      }");
    for s in &setup.services {
        let _ = write!(
            out,
            ",\n      {}: {{ title: {}, description: {} }}",
            js(s.vendor.id.as_str()),
            js(&s.vendor.name),
            js(&s.vendor.description)
        );
    }
    out.push_str("\n    }\n  },\n  services: [");
    for (i, s) in setup.services.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        let purposes: Vec<String> = s.purposes.iter().map(|p| js(purpose_id(*p))).collect();
        let _ = writeln!(out, "    {{\n      name: {},", js(s.vendor.id.as_str()));
        let _ = writeln!(out, "      title: {},", js(&s.vendor.name));
        let _ = writeln!(out, "      purposes: [{}],", purposes.join(", "));
        out.push_str("      cookies: [\n");
        for (j, c) in s.cookies.iter().enumerate() {
            let comma = if j + 1 < s.cookies.len() { "," } else { "" };
            let _ = writeln!(out, "        {}{comma}", klaro_cookie(c));
        }
        out.push_str(
            "      ],\n      required: false,\n      default: false,\n      optOut: false\n    }",
        );
    }
    out.push_str("\n  ]\n};\n");
    out
}

/// A cookie as vanilla-cookieconsent clears it.
fn cookieconsent_cookie(c: &ConsentCookie) -> String {
    match &c.domain {
        Some(d) => format!("{{ name: {}, domain: {} }}", cookie_pattern(&c.name), js(d)),
        None => format!("{{ name: {} }}", cookie_pattern(&c.name)),
    }
}

/// vanilla-cookieconsent v3: `window.cookieConsentConfig`, the object for
/// `CookieConsent.run`, with a category per purpose that has services and the texts in the
/// plan's language.
pub fn cookieconsent(data: &Dataset, plan: &Plan) -> String {
    let setup = setup(data, plan);
    let mut out = header(data, plan, &setup, Target::Cookieconsent);
    out.push_str(&consent_mode(data, &setup, false));
    let categories = setup.categories();
    out.push_str("window.cookieConsentConfig = {\n  categories: {\n");
    out.push_str("    necessary: { enabled: true, readOnly: true }");
    for p in &categories {
        let in_category: Vec<(&Service, Vec<&ConsentCookie>)> = setup
            .services
            .iter()
            .filter(|s| s.purposes.contains(p))
            .map(|s| (s, s.cookies.iter().filter(|c| c.purpose == *p).collect()))
            .collect();
        let _ = writeln!(out, ",\n    {}: {{", js(purpose_id(*p)));
        out.push_str("      enabled: false,\n      readOnly: false,\n      autoClear: {\n        cookies: [\n");
        let all: Vec<&ConsentCookie> = in_category
            .iter()
            .flat_map(|(_, c)| c.iter().copied())
            .collect();
        for (i, c) in all.iter().enumerate() {
            let comma = if i + 1 < all.len() { "," } else { "" };
            let _ = writeln!(out, "          {}{comma}", cookieconsent_cookie(c));
        }
        out.push_str("        ]\n      },\n      services: {\n");
        for (i, (s, cookies)) in in_category.iter().enumerate() {
            let list: Vec<String> = cookies.iter().map(|c| cookieconsent_cookie(c)).collect();
            let comma = if i + 1 < in_category.len() { "," } else { "" };
            let _ = writeln!(
                out,
                "        {}: {{ label: {}, cookies: [{}] }}{comma}",
                js(s.vendor.id.as_str()),
                js(&s.vendor.name),
                list.join(", ")
            );
        }
        out.push_str("      }\n    }");
    }
    out.push_str("\n  },\n");
    if !setup.consent_mode.is_empty() {
        // The signals follow the categories: analytics grants analytics storage, marketing the
        // three advertising signals.
        out.push_str(
            "  onConsent: function (param) { vendorplanCookieConsentMode(param.cookie.categories); },\n\
             \x20 onChange: function (param) { vendorplanCookieConsentMode(param.cookie.categories); },\n",
        );
    }
    let lang = js(data.lang());
    let _ = writeln!(
        out,
        "  language: {{\n    default: {lang},\n    translations: {{\n      {lang}: {{"
    );
    let _ = writeln!(
        out,
        "        consentModal: {{\n          title: {},\n          description: {},\n          acceptAllBtn: {},\n          acceptNecessaryBtn: {},\n          showPreferencesBtn: {}\n        }},",
        js(&t!(data, "consent-modal-title")),
        js(&t!(data, "consent-modal-description")),
        js(&t!(data, "consent-accept-all")),
        js(&t!(data, "consent-accept-necessary")),
        js(&t!(data, "consent-show-preferences"))
    );
    let _ = writeln!(
        out,
        "        preferencesModal: {{\n          title: {},\n          acceptAllBtn: {},\n          acceptNecessaryBtn: {},\n          savePreferencesBtn: {},\n          closeIconLabel: {},\n          sections: [",
        js(&t!(data, "consent-preferences-title")),
        js(&t!(data, "consent-accept-all")),
        js(&t!(data, "consent-accept-necessary")),
        js(&t!(data, "consent-save")),
        js(&t!(data, "consent-close"))
    );
    let _ = write!(
        out,
        "            {{ description: {} }},\n            {{ title: {}, description: {}, linkedCategory: 'necessary' }}",
        js(&t!(data, "consent-preferences-intro")),
        js(&purpose_label(data, CookiePurpose::StrictlyNecessary)),
        js(&purpose_description(data, CookiePurpose::StrictlyNecessary))
    );
    for p in &categories {
        let _ = write!(
            out,
            ",\n            {{\n              title: {},\n              description: {},\n              linkedCategory: {},\n",
            js(&purpose_label(data, *p)),
            js(&purpose_description(data, *p)),
            js(purpose_id(*p))
        );
        let _ = writeln!(
            out,
            "              cookieTable: {{\n                headers: {{ name: {}, domain: {}, duration: {}, description: {} }},\n                body: [",
            js(&t!(data, "consent-column-name")),
            js(&t!(data, "consent-column-service")),
            js(&t!(data, "consent-column-duration")),
            js(&t!(data, "consent-column-description"))
        );
        let rows: Vec<(&Service, &ConsentCookie)> = setup
            .services
            .iter()
            .flat_map(|s| {
                s.cookies
                    .iter()
                    .filter(|c| c.purpose == *p)
                    .map(move |c| (s, c))
            })
            .collect();
        for (i, (s, c)) in rows.iter().enumerate() {
            let comma = if i + 1 < rows.len() { "," } else { "" };
            let _ = writeln!(
                out,
                "                  {{ name: {}, domain: {}, duration: {}, description: {} }}{comma}",
                js(&c.name),
                js(&s.vendor.name),
                js(&c.duration),
                js(&c.description)
            );
        }
        out.push_str("                ]\n              }\n            }");
    }
    out.push_str("\n          ]\n        }\n      }\n    }\n  }\n};\n");
    if !setup.consent_mode.is_empty() {
        out.push_str(
            "\nfunction vendorplanCookieConsentMode(categories) {\n\
             \x20 var has = function (c) { return categories.indexOf(c) !== -1 ? 'granted' : 'denied'; };\n\
             \x20 gtag('consent', 'update', {\n\
             \x20   ad_storage: has('marketing'),\n\
             \x20   analytics_storage: has('analytics'),\n\
             \x20   ad_user_data: has('marketing'),\n\
             \x20   ad_personalization: has('marketing')\n\
             \x20 });\n\
             }\n",
        );
    }
    out
}

/// tarteaucitron 1.x: `tarteaucitron.init` with privacy-first settings and one job per vendor
/// that tarteaucitron knows (its first service key; the others are named in a comment).
pub fn tarteaucitron(data: &Dataset, plan: &Plan) -> String {
    let setup = setup(data, plan);
    let mut out = header(data, plan, &setup, Target::Tarteaucitron);
    let missing: Vec<&str> = setup
        .services
        .iter()
        .filter(|s| s.vendor.open_data.tarteaucitron.is_empty())
        .map(|s| s.vendor.name.as_str())
        .collect();
    if !missing.is_empty() {
        comment(
            &mut out,
            "",
            &t!(data, "consent-tac-missing", vendors = missing.join(", ")),
        );
    }
    comment(&mut out, "", &t!(data, "consent-tac-parameters"));
    out.push('\n');
    out.push_str(&consent_mode(data, &setup, true));
    let _ = writeln!(
        out,
        "window.tarteaucitronForceLanguage = {};",
        js(data.lang())
    );
    // Why each setting: nothing runs before a choice (highPrivacy, serviceDefaultState 'wait'),
    // refusing is as easy as accepting (DenyAllCta next to AcceptAllCta), no pre-ticked boxes,
    // and the file handles Google Consent Mode itself, so tarteaucitron's own is off.
    out.push_str(
        "tarteaucitron.init({\n\
         \x20 privacyUrl: '',\n\
         \x20 bodyPosition: 'top',\n\
         \x20 hashtag: '#tarteaucitron',\n\
         \x20 cookieName: 'tarteaucitron',\n\
         \x20 orientation: 'middle',\n\
         \x20 groupServices: false,\n\
         \x20 showDetailsOnClick: true,\n\
         \x20 serviceDefaultState: 'wait',\n\
         \x20 showAlertSmall: false,\n\
         \x20 cookieslist: true,\n\
         \x20 closePopup: false,\n\
         \x20 showIcon: true,\n\
         \x20 iconPosition: 'BottomRight',\n\
         \x20 adblocker: false,\n\
         \x20 DenyAllCta: true,\n\
         \x20 AcceptAllCta: true,\n\
         \x20 highPrivacy: true,\n\
         \x20 alwaysNeedConsent: false,\n\
         \x20 handleBrowserDNTRequest: false,\n\
         \x20 removeCredit: false,\n\
         \x20 moreInfoLink: true,\n\
         \x20 useExternalCss: false,\n\
         \x20 useExternalJs: false,\n\
         \x20 mandatory: true,\n\
         \x20 mandatoryCta: false,\n\
         \x20 googleConsentMode: false,\n\
         \x20 partnersList: true\n\
         });\n\n",
    );
    for s in &setup.services {
        let Some((first, others)) = s.vendor.open_data.tarteaucitron.split_first() else {
            continue;
        };
        comment(&mut out, "", &s.vendor.name);
        if !others.is_empty() {
            let keys: Vec<&str> = others.iter().map(String::as_str).collect();
            comment(
                &mut out,
                "",
                &t!(data, "consent-tac-other-keys", keys = keys.join(", ")),
            );
        }
        let _ = writeln!(
            out,
            "(tarteaucitron.job = tarteaucitron.job || []).push({});",
            js(first)
        );
        if CONSENT_MODE_VENDORS.contains(&s.vendor.id.as_str()) && !setup.consent_mode.is_empty() {
            for (event, granted) in [("_allowed", "true"), ("_disallowed", "false")] {
                let _ = writeln!(
                    out,
                    "document.addEventListener({}, function () {{ vendorplanUpdateConsentMode({}, {granted}); }});",
                    js(&format!("{first}{event}")),
                    js(s.vendor.id.as_str())
                );
            }
        }
    }
    out
}

/// The configuration for `target`.
pub fn config(data: &Dataset, plan: &Plan, target: Target) -> String {
    match target {
        Target::Klaro => klaro(data, plan),
        Target::Cookieconsent => cookieconsent(data, plan),
        Target::Tarteaucitron => tarteaucitron(data, plan),
    }
}

/// One download: the file name (organisation, what it is, the day) and the bytes.
pub fn file(data: &Dataset, plan: &Plan, target: Target, made: Day) -> (String, Vec<u8>) {
    let what = match target {
        Target::Klaro => t!(data, "consent-file-klaro"),
        Target::Cookieconsent => t!(data, "consent-file-cookieconsent"),
        Target::Tarteaucitron => t!(data, "consent-file-tarteaucitron"),
    };
    let name = export::file_name(&plan.answers.organisation, &what, made, "js");
    (name, config(data, plan, target).into_bytes())
}
