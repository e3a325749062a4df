//! Checks across records that a schema alone cannot express: references resolve, conditions name
//! real questions and facts with values they can take, every fact group has a source, and every
//! vocabulary value has a label. Every problem is collected; none stops the others.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use strum::IntoEnumIterator;

use crate::condition::{Comparison, Condition, Domain, Literal, Operand, Ordering, ValueSet};
use crate::load::DataError;
use crate::model::*;
use crate::vocabulary::Vocabulary;
use crate::Dataset;

struct Checker<'a> {
    data: &'a Dataset,
    errors: &'a mut Vec<DataError>,
    file: std::path::PathBuf,
}

impl Checker<'_> {
    fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.clone(),
            field: field.into(),
            message: message.into(),
            help: None,
        });
    }

    fn error_with_help(
        &mut self,
        field: impl Into<String>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        self.errors.push(DataError {
            file: self.file.clone(),
            field: field.into(),
            message: message.into(),
            help,
        });
    }

    fn non_empty(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(field, "must not be empty");
        }
    }

    fn https(&mut self, field: &str, url: &str) {
        if !url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(char::is_whitespace)
        {
            self.error(field, format!("`{url}` is not an https:// address"));
        }
    }

    fn country(&mut self, field: &str, code: &CountryCode) {
        if self.data.country(code.as_str()).is_none() {
            let help = did_you_mean(
                code.as_str(),
                self.data.countries.iter().map(|c| c.code.as_str()),
            );
            self.error_with_help(
                field,
                format!("unknown country `{code}`; countries are listed in data/countries.toml"),
                help,
            );
        }
    }

    fn date(&mut self, field: &str, date: &str) {
        if !is_date(date) {
            self.error(
                field,
                format!("`{date}` is not a date of the form YYYY-MM-DD"),
            );
        }
    }

    fn references(&mut self, field: &str, ids: &[RefId]) {
        for (j, id) in ids.iter().enumerate() {
            if self.data.reference(id).is_none() {
                let help = did_you_mean(
                    id.as_str(),
                    self.data.references.iter().map(|r| r.id.as_str()),
                );
                self.error_with_help(
                    format!("{field}[{j}]"),
                    format!("unknown reference `{id}`"),
                    help,
                );
            }
        }
    }

    fn unique<'s>(&mut self, what: &str, field: &str, ids: impl IntoIterator<Item = &'s str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if !seen.insert(id) {
                self.error(format!("{field}[{i}]"), format!("duplicate {what} `{id}`"));
            }
        }
    }
}

pub(crate) fn validate(
    dir: &Path,
    data: &Dataset,
    vendor_paths: &[std::path::PathBuf],
    errors: &mut Vec<DataError>,
) {
    let mut c = Checker {
        data,
        errors,
        file: dir.join("catalog.toml"),
    };
    c.date("date", &data.catalog.date);
    c.non_empty("version", &data.catalog.version);

    c.file = dir.join("changelog.toml");
    check_changelog(&mut c);

    c.file = dir.join("countries.toml");
    c.unique(
        "country",
        "country",
        data.countries.iter().map(|x| x.code.as_str()),
    );
    for (i, country) in data.countries.iter().enumerate() {
        let code = country.code.as_str();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            c.error(
                format!("country[{i}].code"),
                format!("`{code}` is not an ISO 3166-1 alpha-2 code"),
            );
        }
        if country.groups.contains(&CountryGroup::Eu)
            && !country.groups.contains(&CountryGroup::Eea)
        {
            c.error(
                format!("country[{i}].groups"),
                "an EU member state is also in the EEA: add `eea`",
            );
        }
    }

    c.file = dir.join("references.toml");
    c.unique(
        "reference",
        "reference",
        data.references.iter().map(|r| r.id.as_str()),
    );
    for (i, r) in data.references.iter().enumerate() {
        c.https(&format!("reference[{i}].url"), &r.url);
        c.non_empty(&format!("reference[{i}].citation"), &r.citation);
        c.non_empty(&format!("reference[{i}].summary"), &r.summary);
    }

    c.file = dir.join("vocabulary.toml");
    check_vocabulary(&mut c, &data.vocabulary);

    c.file = dir.join("questions.toml");
    c.unique(
        "question",
        "question",
        data.questions.iter().map(|q| q.id.as_str()),
    );
    for (i, q) in data.questions.iter().enumerate() {
        let field = format!("question[{i}]");
        c.non_empty(&format!("{field}.text"), &q.text);
        c.non_empty(&format!("{field}.why"), &q.why);
        c.non_empty(&format!("{field}.find_out.how"), &q.find_out.how);
        let has_options = matches!(q.kind, QuestionKind::Choice | QuestionKind::MultiChoice);
        if has_options && q.options.len() < 2 {
            c.error(
                format!("{field}.options"),
                format!("a `{}` question needs at least two options", q.kind),
            );
        }
        if !has_options && !q.options.is_empty() {
            c.error(
                format!("{field}.options"),
                format!("a `{}` question takes no options", q.kind),
            );
        }
        c.unique(
            "option",
            &format!("{field}.options"),
            q.options.iter().map(|o| o.id.as_str()),
        );
        for (j, o) in q.options.iter().enumerate() {
            if o.id == "unknown" {
                c.error(
                    format!("{field}.options[{j}].id"),
                    "`unknown` is reserved for \"I don't know\", which every question offers",
                );
            }
        }
        if let Some(cond) = &q.ask_when {
            check_condition(&mut c, &format!("{field}.ask_when"), cond, q.scope);
            // Reading only earlier questions keeps the questionnaire free of cycles.
            for t in cond.tests() {
                if let Operand::Answer(other) = &t.operand {
                    let pos = data.questions.iter().position(|x| x.id.as_str() == other);
                    if pos.is_some_and(|p| p >= i) {
                        c.error(format!("{field}.ask_when"), format!("`{other}` is asked at or after this question; `ask_when` may only read earlier questions"));
                    }
                }
            }
        }
    }

    c.file = dir.join("rules.toml");
    check_condition(
        &mut c,
        "gdpr_applies_when",
        &data.gdpr_applies,
        Scope::Organisation,
    );
    c.unique("rule", "rule", data.rules.iter().map(|r| r.id.as_str()));
    for (i, r) in data.rules.iter().enumerate() {
        let field = format!("rule[{i}]");
        c.non_empty(&format!("{field}.title"), &r.title);
        c.non_empty(&format!("{field}.what"), &r.what);
        c.non_empty(&format!("{field}.due"), &r.due);
        if let Some(when) = &r.when {
            check_condition(&mut c, &format!("{field}.when"), when, r.scope);
        }
        if r.references.is_empty() {
            c.error(
                format!("{field}.references"),
                "every action needs at least one legal reference",
            );
        }
        c.references(&format!("{field}.references"), &r.references);
        for (j, national) in r.references_when.iter().enumerate() {
            let f = format!("{field}.references_when[{j}]");
            check_condition(&mut c, &format!("{f}.when"), &national.when, r.scope);
            if national.references.is_empty() {
                c.error(format!("{f}.references"), "name at least one reference");
            }
            c.references(&format!("{f}.references"), &national.references);
        }
        let uses_vendor = r.title.contains("{vendor}")
            || r.vendor_control.is_some()
            || !r.vendor_facts.is_empty();
        if r.scope == Scope::Organisation && uses_vendor {
            c.error(
                field.clone(),
                "`{vendor}`, `vendor_control` and `vendor_facts` need `scope = \"vendor\"`",
            );
        }
    }

    c.file = dir.join("dpia.toml");
    check_dpia(&mut c, &data.dpia);

    c.file = dir.join("notices.toml");
    check_notices(&mut c, &data.notices);

    c.file = dir.join("questions.toml");
    check_questions_are_read(&mut c);

    for (i, (vendor, path)) in data.vendors.iter().zip(vendor_paths).enumerate() {
        c.file = path.clone();
        if i > 0 && data.vendors[i - 1].id == vendor.id {
            c.error(
                "id",
                format!(
                    "`{}` is also the id of {}",
                    vendor.id,
                    vendor_paths[i - 1].display()
                ),
            );
        }
        check_vendor(&mut c, vendor, path);
    }
    check_domain_claims(&mut c, &data.vendors, vendor_paths);
}

/// Detection maps a domain to the vendors that claim it, so two records may claim one domain
/// only when both say it is shared; otherwise one of them is wrong.
fn check_domain_claims(c: &mut Checker<'_>, vendors: &[Vendor], paths: &[std::path::PathBuf]) {
    let mut claims: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, v) in vendors.iter().enumerate() {
        for d in &v.domains {
            claims.entry(d.as_str()).or_default().push(i);
        }
    }
    for (domain, owners) in claims.iter().filter(|(_, o)| o.len() > 1) {
        for &i in owners {
            let v = &vendors[i];
            if !v.shared_domains.iter().any(|d| d == domain) {
                let others: Vec<&str> = owners
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| vendors[j].id.as_str())
                    .collect();
                c.file = paths[i].clone();
                c.error_with_help(
                    "domains",
                    format!("`{domain}` is also claimed by {}", others.join(", ")),
                    Some(
                        "if the domain really serves both, list it in `shared_domains` of each"
                            .into(),
                    ),
                );
            }
        }
    }
}

fn check_vocabulary(c: &mut Checker<'_>, v: &Vocabulary) {
    fn complete<T: IntoEnumIterator + Ord + AsRef<str>>(
        c: &mut Checker<'_>,
        name: &str,
        labels: &BTreeMap<T, String>,
    ) {
        for value in T::iter() {
            match labels.get(&value) {
                None => c.error(format!("{name}.{}", value.as_ref()), "missing label"),
                Some(l) if l.trim().is_empty() => {
                    c.error(format!("{name}.{}", value.as_ref()), "empty label")
                }
                Some(_) => {}
            }
        }
    }
    complete(c, "category", &v.category);
    complete(c, "data_subject", &v.data_subject);
    complete(c, "data_category", &v.data_category);
    complete(c, "role", &v.role);
    complete(c, "lawful_basis", &v.lawful_basis);
    complete(c, "eu_region", &v.eu_region);
    complete(c, "dpf_status", &v.dpf_status);
    complete(c, "transfer_mechanism", &v.transfer_mechanism);
    complete(c, "deployment", &v.deployment);
    complete(c, "cookie_purpose", &v.cookie_purpose);
    complete(c, "set_on", &v.set_on);
    complete(c, "nis2_relevance", &v.nis2_relevance);
    complete(c, "control_kind", &v.control_kind);
    complete(c, "certification", &v.certification);
    complete(c, "dpia_criterion", &v.dpia_criterion);
    complete(c, "owner", &v.owner);
    complete(c, "priority", &v.priority);
    complete(c, "tri", &v.tri);
    complete(c, "vendor_facts", &v.vendor_facts);
    complete(c, "fact", &v.fact);
}

/// Checks that each test names a known operand usable in `scope` and compares it in a way its
/// domain allows, with values from that domain.
fn check_condition(c: &mut Checker<'_>, field: &str, cond: &Condition, scope: Scope) {
    if never_holds(cond) {
        c.error(
            field,
            format!("`{cond}` can never hold: its tests contradict each other"),
        );
    }
    for test in cond.tests() {
        let domain = match &test.operand {
            Operand::Fact(fact) => {
                if scope == Scope::Organisation {
                    c.error(
                        field,
                        format!(
                            "`{}` reads a vendor fact, which needs `scope = \"vendor\"`",
                            test.operand
                        ),
                    );
                    continue;
                }
                fact.domain()
            }
            Operand::AnyVendor(fact) => fact.domain(),
            Operand::Answer(id) => match c.data.question(id) {
                None => {
                    let help = did_you_mean(id, c.data.questions.iter().map(|q| q.id.as_str()));
                    c.error_with_help(field, format!("unknown question `{id}`"), help);
                    continue;
                }
                Some(q) => {
                    if q.scope == Scope::Vendor && scope == Scope::Organisation {
                        c.error(field, format!("`{id}` is asked per vendor, so only vendor-scoped rules and questions can read it"));
                        continue;
                    }
                    match q.kind {
                        QuestionKind::YesNo => Domain::Bool,
                        QuestionKind::Choice => {
                            Domain::Word(q.options.iter().map(|o| o.id.clone()).collect())
                        }
                        QuestionKind::MultiChoice => {
                            Domain::Set(q.options.iter().map(|o| o.id.clone()).collect())
                        }
                        QuestionKind::Country => Domain::Country,
                        QuestionKind::Number => Domain::Number,
                    }
                }
            },
        };
        let operand = test.operand.to_string();
        let bad = |what: &str| format!("`{test}`: {operand} {what}");
        match (&domain, &test.comparison) {
            (Domain::Bool, Comparison::IsYes) => {}
            (Domain::Bool, Comparison::Eq(l) | Comparison::Ne(l)) => {
                check_word(c, field, &operand, l, &["yes", "no"])
            }
            (Domain::Word(words), Comparison::Eq(l) | Comparison::Ne(l)) => {
                check_word(c, field, &operand, l, words)
            }
            (Domain::Word(words), Comparison::In(ValueSet::List(items))) => {
                items
                    .iter()
                    .for_each(|l| check_word(c, field, &operand, l, words));
            }
            (Domain::Set(words), Comparison::Has(l)) => check_word(c, field, &operand, l, words),
            (Domain::Country, Comparison::Eq(l) | Comparison::Ne(l)) => {
                check_country_literal(c, field, l)
            }
            (Domain::Country, Comparison::In(ValueSet::List(items))) => {
                items
                    .iter()
                    .for_each(|l| check_country_literal(c, field, l));
            }
            (Domain::Country, Comparison::In(ValueSet::Group(g))) => {
                if g.parse::<CountryGroup>().is_err() {
                    let help = did_you_mean(g, CountryGroup::iter().map(Into::into));
                    c.error_with_help(field, format!("unknown country group `{g}`"), help);
                }
            }
            (Domain::Number, Comparison::Cmp(..)) => {}
            (Domain::Number, Comparison::Eq(l) | Comparison::Ne(l))
                if matches!(l, Literal::Number(_)) => {}
            (Domain::Bool, _) => c.error(
                field,
                bad("is a yes/no value: test it bare, or with `= yes` / `= no`"),
            ),
            (Domain::Word(_), _) => c.error(
                field,
                bad("is one value: compare it with `=`, `!=` or `in [..]`"),
            ),
            (Domain::Set(_), _) => c.error(field, bad("is a list: test it with `has`")),
            (Domain::Country, _) => c.error(
                field,
                bad("is a country: compare it with `=`, `!=`, `in [..]` or `in <group>`"),
            ),
            (Domain::Number, _) => c.error(
                field,
                bad("is a number: compare it with `<`, `<=`, `>`, `>=`, `=` or `!=`"),
            ),
        }
    }
}

/// Conditions that no answers and no vendor could satisfy, such as `a = yes and a = no` or
/// `headcount < 10 and headcount >= 20`: such a rule would never fire.
fn never_holds(cond: &Condition) -> bool {
    match cond {
        Condition::Test(_) | Condition::Not(_) => false,
        Condition::Any(parts) => parts.iter().all(never_holds),
        Condition::All(parts) => {
            if parts.iter().any(never_holds) {
                return true;
            }
            let mut words: BTreeMap<String, (Option<BTreeSet<String>>, BTreeSet<String>)> =
                BTreeMap::new();
            let mut bounds: BTreeMap<String, (f64, bool, f64, bool)> = BTreeMap::new();
            for part in parts {
                let Condition::Test(t) = part else { continue };
                let key = t.operand.to_string();
                let mut allow = |values: BTreeSet<String>| {
                    let entry = words.entry(key.clone()).or_insert((None, BTreeSet::new()));
                    entry.0 = Some(match entry.0.take() {
                        None => values,
                        Some(prev) => prev.intersection(&values).cloned().collect(),
                    });
                };
                match &t.comparison {
                    Comparison::IsYes => allow(BTreeSet::from(["yes".to_owned()])),
                    Comparison::Eq(Literal::Word(w)) => allow(BTreeSet::from([w.clone()])),
                    Comparison::In(ValueSet::List(items)) => {
                        allow(items.iter().map(ToString::to_string).collect())
                    }
                    Comparison::Ne(Literal::Word(w)) => {
                        words
                            .entry(key.clone())
                            .or_insert((None, BTreeSet::new()))
                            .1
                            .insert(w.clone());
                    }
                    Comparison::Cmp(ord, n) => {
                        let b = bounds.entry(key.clone()).or_insert((
                            f64::NEG_INFINITY,
                            true,
                            f64::INFINITY,
                            true,
                        ));
                        match ord {
                            Ordering::Gt if *n >= b.0 => *b = (*n, false, b.2, b.3),
                            Ordering::Ge if *n > b.0 => *b = (*n, true, b.2, b.3),
                            Ordering::Lt if *n <= b.2 => *b = (b.0, b.1, *n, false),
                            Ordering::Le if *n < b.2 => *b = (b.0, b.1, *n, true),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            let empty_words = words.values().any(|(allowed, excluded)| {
                allowed
                    .as_ref()
                    .is_some_and(|a| a.iter().all(|w| excluded.contains(w)))
            });
            let empty_range = bounds
                .values()
                .any(|(lo, lo_in, hi, hi_in)| lo > hi || (lo == hi && !(*lo_in && *hi_in)));
            empty_words || empty_range
        }
    }
}

fn check_word<W: AsRef<str>>(
    c: &mut Checker<'_>,
    field: &str,
    operand: &str,
    l: &Literal,
    words: &[W],
) {
    match l {
        Literal::Word(w) if words.iter().any(|x| x.as_ref() == w) => {}
        _ => {
            let found = l.to_string();
            let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
            let help = did_you_mean(&found, words.iter().copied())
                .or_else(|| Some(format!("possible values: {}", words.join(", "))));
            c.error_with_help(
                field,
                format!("`{found}` is not a value of `{operand}`"),
                help,
            );
        }
    }
}

fn check_country_literal(c: &mut Checker<'_>, field: &str, l: &Literal) {
    match l.as_word() {
        Some(code) => c.country(field, &CountryCode::from(code)),
        None => c.error(field, format!("`{l}` is not a country code")),
    }
}

fn check_vendor(c: &mut Checker<'_>, v: &Vendor, path: &Path) {
    let data = c.data;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if v.id.as_str() != stem {
        c.error(
            "id",
            format!("`{}` must equal the file name `{stem}`", v.id),
        );
    }
    if !v
        .id
        .as_str()
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        c.error("id", "use lowercase letters, digits and `-` only");
    }
    for (field, text) in [
        ("name", &v.name),
        ("company", &v.company),
        ("description", &v.description),
    ] {
        c.non_empty(field, text);
    }
    c.country("country", &v.country);
    c.https("website", &v.website);
    if v.categories.is_empty() {
        c.error("categories", "at least one category");
    }

    if v.purposes.is_empty() {
        c.error("purposes", "at least one purpose");
    }
    c.unique(
        "purpose",
        "purposes",
        v.purposes.iter().map(|p| p.id.as_str()),
    );
    for (i, p) in v.purposes.iter().enumerate() {
        let f = format!("purposes[{i}]");
        c.non_empty(&format!("{f}.name"), &p.name);
        if p.role != Role::None {
            if p.data_subjects.is_empty() {
                c.error(format!("{f}.data_subjects"), "at least one data subject");
            }
            if p.personal_data.is_empty() {
                c.error(
                    format!("{f}.personal_data"),
                    "at least one category of personal data",
                );
            }
            if p.lawful_bases.is_empty() {
                c.error(format!("{f}.lawful_bases"), "at least one lawful basis");
            }
            c.non_empty(
                &format!("{f}.personal_data_detail"),
                &p.personal_data_detail,
            );
            c.non_empty(&format!("{f}.lawful_basis_note"), &p.lawful_basis_note);
        }
    }

    check_legal_consistency(c, v);

    let h = &v.hosting;
    if h.regions.is_empty() {
        c.error("hosting.regions", "at least one region");
    }
    c.unique(
        "region",
        "hosting.regions",
        h.regions.iter().map(|r| r.id.as_str()),
    );
    for (i, r) in h.regions.iter().enumerate() {
        c.country(&format!("hosting.regions[{i}].country"), &r.country);
    }
    let in_eea = |code: &CountryCode| data.in_group(code.as_str(), CountryGroup::Eea);
    match h.regions.iter().find(|r| r.id == h.default) {
        None => {
            let help = did_you_mean(&h.default, h.regions.iter().map(|r| r.id.as_str()));
            c.error_with_help(
                "hosting.default",
                format!("unknown region `{}`", h.default),
                help,
            );
        }
        Some(default) => {
            let default_in_eea = in_eea(&default.country);
            let any_in_eea = h.regions.iter().any(|r| in_eea(&r.country));
            match h.eu_region {
                EuRegion::Default if !default_in_eea => c.error(
                    "hosting.eu_region",
                    "`default`, but the default region is outside the EEA",
                ),
                EuRegion::Available if default_in_eea => c.error(
                    "hosting.eu_region",
                    "`available`, but the default region is already in the EEA: use `default`",
                ),
                EuRegion::Available if !any_in_eea => c.error(
                    "hosting.eu_region",
                    "`available`, but no listed region is in the EEA",
                ),
                EuRegion::NotAvailable if any_in_eea => c.error(
                    "hosting.eu_region",
                    "`not-available`, but a listed region is in the EEA",
                ),
                _ => {}
            }
        }
    }
    c.non_empty("hosting.eu_region_how", &h.eu_region_how);

    let t = &v.transfers;
    if t.onward_with_eu_region == Tri::Yes && t.onward_countries.is_empty() {
        c.error(
            "transfers.onward_countries",
            "name the countries data still reaches when the EU region is used",
        );
    }
    for (i, code) in t.onward_countries.iter().enumerate() {
        c.country(&format!("transfers.onward_countries[{i}]"), code);
    }
    // The certification belongs to the US company that receives the data: the vendor itself, or
    // the US parent an EU subsidiary passes data to (Google Ireland to Google LLC).
    let reaches_us = v.country.as_str() == "US"
        || v.hosting.regions.iter().any(|r| r.country.as_str() == "US")
        || t.onward_countries.iter().any(|c| c.as_str() == "US");
    if t.dpf == DpfStatus::Certified && !reaches_us {
        c.error(
            "transfers.dpf",
            "only a US recipient can be certified under the EU-US Data Privacy Framework, and no data of this record reaches the US",
        );
    }
    c.non_empty("transfers.note", &t.note);

    let d = &v.documents;
    for (field, url) in [
        ("documents.dpa", &d.dpa),
        ("documents.sub_processors", &d.sub_processors),
        ("documents.cookie_policy", &d.cookie_policy),
    ] {
        if let Some(url) = url {
            c.https(field, url);
        }
    }
    c.https("documents.privacy_policy", &d.privacy_policy);
    c.non_empty("documents.dpa_how", &d.dpa_how);
    let processes = v.purposes.iter().any(|p| matches!(p.role, Role::Processor));
    if processes && d.dpa.is_none() && d.dpa_how.trim().is_empty() {
        c.error(
            "documents.dpa",
            "a processor record needs the DPA's address or how it is concluded",
        );
    }

    c.non_empty("retention.default", &v.retention.default);
    c.non_empty("retention.options", &v.retention.options);
    c.non_empty(
        "retention.after_termination",
        &v.retention.after_termination,
    );

    let source_ids: BTreeSet<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
    c.unique(
        "cookie",
        "cookies",
        v.cookies.iter().map(|k| k.name.as_str()),
    );
    for (i, k) in v.cookies.iter().enumerate() {
        let f = format!("cookies[{i}]");
        c.non_empty(&format!("{f}.name"), &k.name);
        c.non_empty(&format!("{f}.domain"), &k.domain);
        c.non_empty(&format!("{f}.description"), &k.description);
        if let Err(e) = crate::model::parse_duration(&k.duration) {
            c.error(format!("{f}.duration"), e);
        }
        if !k.from_open_data() && !source_ids.contains(k.source.as_str()) {
            let help = did_you_mean(&k.source, source_ids.iter().copied());
            c.error_with_help(
                format!("{f}.source"),
                format!(
                    "`{}` is neither a source id of this record nor `{OPEN_COOKIE_DATABASE}<ID>`",
                    k.source
                ),
                help,
            );
        }
    }
    c.unique("domain", "domains", v.domains.iter().map(String::as_str));
    for (i, domain) in v.domains.iter().enumerate() {
        if domain.is_empty() || domain.contains(['/', ':', ' ']) || !domain.contains('.') {
            c.error(
                format!("domains[{i}]"),
                format!("`{domain}` is not a bare host name"),
            );
        }
    }
    for (i, d) in v.shared_domains.iter().enumerate() {
        if !v.domains.contains(d) {
            c.error(
                format!("shared_domains[{i}]"),
                format!("`{d}` is not in `domains`"),
            );
        }
    }
    if v.deployment != Deployment::SelfHosted && v.domains.is_empty() {
        c.error("domains", "a hosted service contacts at least one domain");
    }

    c.non_empty("dpia.note", &v.dpia.note);
    c.non_empty("nis2.note", &v.nis2.note);
    c.unique(
        "control",
        "controls",
        v.controls.iter().map(|k| k.kind.as_ref()),
    );
    for (i, k) in v.controls.iter().enumerate() {
        c.non_empty(&format!("controls[{i}].how"), &k.how);
    }
    let s = &v.security;
    for (field, url) in [
        ("security.vdp", &s.vdp),
        ("security.trust_center", &s.trust_center),
    ] {
        if let Some(url) = url {
            c.https(field, url);
        }
    }

    for (i, alt) in v.alternatives.iter().enumerate() {
        if alt == &v.id {
            c.error(
                format!("alternatives[{i}]"),
                "a vendor is not its own alternative",
            );
        } else if data.vendor(alt).is_none() {
            let help = did_you_mean(alt.as_str(), data.vendors.iter().map(|v| v.id.as_str()));
            c.error_with_help(
                format!("alternatives[{i}]"),
                format!("unknown vendor `{alt}`"),
                help,
            );
        }
    }

    c.unique("source", "sources", v.sources.iter().map(|s| s.id.as_str()));
    let mut covered = BTreeSet::new();
    for (i, s) in v.sources.iter().enumerate() {
        c.https(&format!("sources[{i}].url"), &s.url);
        c.non_empty(&format!("sources[{i}].title"), &s.title);
        if s.supports.is_empty() {
            c.error(
                format!("sources[{i}].supports"),
                "name the facts this source supports",
            );
        }
        for (j, fact) in s.supports.iter().enumerate() {
            if SOURCED_FACTS.contains(&fact.as_str()) {
                covered.insert(fact.as_str());
            } else {
                let help = did_you_mean(fact, SOURCED_FACTS.iter().copied())
                    .or_else(|| Some(format!("facts: {}", SOURCED_FACTS.join(", "))));
                c.error_with_help(
                    format!("sources[{i}].supports[{j}]"),
                    format!("unknown fact group `{fact}`"),
                    help,
                );
            }
        }
    }
    for fact in SOURCED_FACTS {
        if v.states(fact) && !covered.contains(fact) {
            c.error(
                "sources",
                format!("no source supports `{fact}`: add it to a source's `supports`"),
            );
        }
    }

    c.date("reviewed", &v.reviewed);
    if is_date(&v.reviewed) && is_date(&data.catalog.date) && v.reviewed > data.catalog.date {
        c.error(
            "reviewed",
            format!(
                "`{}` is after the catalog date `{}` in data/catalog.toml",
                v.reviewed, data.catalog.date
            ),
        );
    }
    if is_date(&v.reviewed) && is_date(&data.catalog.date) {
        let months = |d: &str| {
            let n = |r: std::ops::Range<usize>| d[r].parse::<i64>().unwrap_or_default();
            n(0..4) * 12 + n(5..7)
        };
        // Vendors change their terms and sub-processors often; a fact older than this is a lead,
        // not a fact, so the catalog refuses to ship it.
        let age = months(&data.catalog.date) - months(&v.reviewed);
        if age > MAX_REVIEW_AGE_MONTHS {
            c.error(
                "reviewed",
                format!(
                    "`{}` is {age} months before the catalog date `{}`: review the record again (at most {MAX_REVIEW_AGE_MONTHS} months)",
                    v.reviewed, data.catalog.date
                ),
            );
        }
    }
}

/// Facts that contradict each other in law, whoever wrote the record.
fn check_legal_consistency(c: &mut Checker<'_>, v: &Vendor) {
    // ePrivacy Art. 5(3) (§ 25 TDDDG): storing or reading non-essential cookies on a visitor's
    // device needs consent, so the purpose those cookies serve must rest on it.
    let tracking = v.cookies.iter().find(|k| {
        k.set_on == SetOn::Visitors
            && matches!(
                k.purpose,
                CookiePurpose::Analytics | CookiePurpose::Marketing
            )
    });
    if let Some(k) = tracking {
        if !v
            .purposes
            .iter()
            .any(|p| p.lawful_bases.contains(&LawfulBasis::Consent))
        {
            c.error_with_help(
                "purposes",
                format!(
                    "the `{}` cookie ({}) is set on visitors, but no purpose rests on consent",
                    k.name, k.purpose
                ),
                Some("add `consent` to the purpose it serves (ePrivacy Art. 5(3)), or reject the cookie in `open_data.reject` if it is not set on visitors".into()),
            );
        }
    }
    // Staff cannot freely consent to their employer (EDPB Guidelines 05/2020, para. 21).
    for (i, p) in v.purposes.iter().enumerate() {
        let staff = p.data_subjects.iter().any(|d| {
            matches!(
                d,
                DataSubject::Employees | DataSubject::Applicants | DataSubject::Contractors
            )
        });
        if staff && p.lawful_bases == [LawfulBasis::Consent] {
            c.error(
                format!("purposes[{i}].lawful_bases"),
                "consent alone is not a valid basis for staff (EDPB Guidelines 05/2020, para. 21): use contract or legitimate interests",
            );
        }
    }
    // Software the customer runs itself gives the vendor no role and no transfer.
    if v.deployment == Deployment::SelfHosted {
        for (i, p) in v.purposes.iter().enumerate() {
            if p.role != Role::None {
                c.error(
                    format!("purposes[{i}].role"),
                    format!("`{}`, but the software is self-hosted: the vendor receives no personal data (`none`)", p.role),
                );
            }
        }
        if v.transfers.dpf != DpfStatus::NotApplicable {
            c.error(
                "transfers.dpf",
                "a self-hosted deployment has no transfer to certify: `not-applicable`",
            );
        }
    } else if v.deployment == Deployment::Saas {
        for (i, p) in v.purposes.iter().enumerate() {
            if p.role == Role::None {
                c.error(
                    format!("purposes[{i}].role"),
                    "`none` is for software the customer runs itself; a hosted service processes the data",
                );
            }
        }
    }
}

/// How old a record's review may be at release.
pub const MAX_REVIEW_AGE_MONTHS: i64 = 18;

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(d)) if y >= 2000 && (1..=12).contains(&m) && (1..=31).contains(&d))
}

/// The nearest valid id, for a `help` line.
pub(crate) fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(found, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

fn check_dpia(c: &mut Checker<'_>, dpia: &DpiaScreening) {
    let ids: Vec<DpiaCriterion> = dpia.criterion.iter().map(|k| k.id).collect();
    if ids != DpiaCriterion::iter().collect::<Vec<_>>() {
        let expected: Vec<&str> = DpiaCriterion::iter().map(Into::into).collect();
        c.error(
            "criterion",
            format!(
                "list each WP248 criterion once, in this order: {}",
                expected.join(", ")
            ),
        );
    }
    let derived = |c: &mut Checker<'_>, field: &str, cond: &Condition| {
        for t in cond.tests() {
            if matches!(&t.operand, Operand::Fact(f) | Operand::AnyVendor(f) if f.is_dpia_derived())
            {
                c.error(
                    field,
                    format!(
                        "`{}` is the screening's own result and cannot be read here",
                        t.operand
                    ),
                );
            }
        }
    };
    for (i, k) in dpia.criterion.iter().enumerate() {
        let field = format!("criterion[{i}].when");
        check_condition(c, &field, &k.when, Scope::Vendor);
        derived(c, &field, &k.when);
    }
    c.unique(
        "list entry",
        "national_list",
        dpia.national_list.iter().map(|n| n.id.as_str()),
    );
    for (i, n) in dpia.national_list.iter().enumerate() {
        let field = format!("national_list[{i}]");
        c.country(&format!("{field}.country"), &n.country);
        c.references(
            &format!("{field}.reference"),
            std::slice::from_ref(&n.reference),
        );
        c.non_empty(&format!("{field}.item"), &n.item);
        check_condition(c, &format!("{field}.when"), &n.when, Scope::Vendor);
        derived(c, &format!("{field}.when"), &n.when);
    }
}

/// Placeholders a notice template may use.
pub const NOTICE_PLACEHOLDERS: &[&str] = &[
    "vendor",
    "company",
    "country",
    "purposes",
    "data",
    "bases",
    "retention",
    "transfer",
    "sub_processors",
];

fn check_notices(c: &mut Checker<'_>, n: &NoticeTemplates) {
    let check = |c: &mut Checker<'_>, field: String, text: &str| {
        c.non_empty(&field, text);
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                c.error(field.clone(), "a `{` is not closed");
                break;
            };
            let name = &rest[start + 1..start + len];
            if !NOTICE_PLACEHOLDERS.contains(&name) {
                let help = did_you_mean(name, NOTICE_PLACEHOLDERS.iter().copied());
                c.error_with_help(
                    field.clone(),
                    format!("unknown placeholder `{{{name}}}`"),
                    help,
                );
            }
            rest = &rest[start + len..];
        }
    };
    for (i, t) in n.privacy.iter().enumerate() {
        check(c, format!("privacy[{i}]"), t);
    }
    for (i, t) in n.employee.iter().enumerate() {
        check(c, format!("employee[{i}]"), t);
    }
    for m in TransferMechanism::iter() {
        match n.transfer.get(&m) {
            Some(t) => check(c, format!("transfer.{m}"), t),
            None => c.error(format!("transfer.{m}"), "missing sentence"),
        }
    }
}

/// A question no rule, DPIA criterion or other question reads would be asked for nothing.
fn check_questions_are_read(c: &mut Checker<'_>) {
    let data = c.data;
    let mut conditions: Vec<&Condition> = Vec::new();
    for r in &data.rules {
        conditions.extend(r.when.iter());
        conditions.extend(r.references_when.iter().map(|n| &n.when));
    }
    conditions.extend(data.questions.iter().filter_map(|q| q.ask_when.as_ref()));
    conditions.push(&data.gdpr_applies);
    conditions.extend(data.dpia.criterion.iter().map(|k| &k.when));
    conditions.extend(data.dpia.national_list.iter().map(|n| &n.when));
    let read: BTreeSet<&str> = conditions
        .iter()
        .flat_map(|c| c.tests())
        .filter_map(|t| match &t.operand {
            Operand::Answer(q) => Some(q.as_str()),
            Operand::Fact(_) | Operand::AnyVendor(_) => None,
        })
        .collect();
    // The engine reads the region answer itself to place a vendor's data.
    let engine_reads = ["region_chosen"];
    for (i, q) in data.questions.iter().enumerate() {
        if !read.contains(q.id.as_str()) && !engine_reads.contains(&q.id.as_str()) {
            c.error(
                format!("question[{i}]"),
                format!(
                    "`{}` is never read by a rule, a DPIA criterion or another question",
                    q.id
                ),
            );
        }
    }
}

/// A release version as numbers (`2026.11.0` → `[2026, 11, 0]`), so that `2026.10` sorts
/// before `2026.9` the right way; `None` when a part is not a number.
fn version_parts(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|p| p.parse().ok()).collect()
}

/// The releases climb in version and date, the newest is the catalog itself, and every change
/// names a vendor or a rule that exists (or says it was removed).
fn check_changelog(c: &mut Checker<'_>) {
    let data = c.data;
    let releases = &data.changelog.releases;
    let Some(last) = releases.last() else {
        c.error(
            "release",
            format!(
                "no release: add one for the catalog version `{}`",
                data.catalog.version
            ),
        );
        return;
    };
    if last.version != data.catalog.version || last.date != data.catalog.date {
        c.error(
            format!("release[{}]", releases.len() - 1),
            format!(
                "the newest release is `{}` of {}, but data/catalog.toml says `{}` of {}: describe the new release here",
                last.version, last.date, data.catalog.version, data.catalog.date
            ),
        );
    }
    let vendor_fields: BTreeSet<String> = data
        .vendors
        .iter()
        .filter_map(|v| toml::Value::try_from(v).ok())
        .filter_map(|v| v.as_table().map(|t| t.keys().cloned().collect::<Vec<_>>()))
        .flatten()
        .collect();
    let mut previous: Option<(Vec<u64>, &str)> = None;
    for (i, r) in releases.iter().enumerate() {
        let field = format!("release[{i}]");
        c.date(&format!("{field}.date"), &r.date);
        c.non_empty(&format!("{field}.note"), &r.note);
        let Some(parts) = version_parts(&r.version) else {
            c.error(
                format!("{field}.version"),
                format!(
                    "`{}` is not a version of numbers such as 2026.11.0",
                    r.version
                ),
            );
            continue;
        };
        if let Some((before, date)) = &previous {
            if parts <= *before {
                c.error(
                    format!("{field}.version"),
                    format!("`{}` does not come after the release above it", r.version),
                );
            }
            if r.date.as_str() < *date {
                c.error(
                    format!("{field}.date"),
                    format!("`{}` is before the date of the release above it", r.date),
                );
            }
        }
        previous = Some((parts, &r.date));
        for (j, change) in r.changes.iter().enumerate() {
            let field = format!("{field}.changes[{j}]");
            c.non_empty(&format!("{field}.note"), &change.note);
            match (&change.vendor, &change.rule) {
                (Some(v), None) => {
                    if !change.removed && data.vendor(v).is_none() {
                        let help =
                            did_you_mean(v.as_str(), data.vendors.iter().map(|v| v.id.as_str()));
                        c.error_with_help(
                            format!("{field}.vendor"),
                            format!("no record has the id `{v}`; a vendor taken out of the catalog is named with `removed = true`"),
                            help,
                        );
                    }
                    for (k, fact) in change.facts.iter().enumerate() {
                        let group = fact.split('.').next().unwrap_or_default();
                        if !vendor_fields.contains(group) {
                            let help =
                                did_you_mean(group, vendor_fields.iter().map(String::as_str));
                            c.error_with_help(
                                format!("{field}.facts[{k}]"),
                                format!("`{fact}` is not a field of a vendor record"),
                                help,
                            );
                        }
                    }
                }
                (None, Some(rule)) => {
                    if !change.removed && data.rule(rule.as_str()).is_none() {
                        let help =
                            did_you_mean(rule.as_str(), data.rules.iter().map(|r| r.id.as_str()));
                        c.error_with_help(
                            format!("{field}.rule"),
                            format!("no rule has the id `{rule}`; a rule taken out is named with `removed = true`"),
                            help,
                        );
                    }
                    if !change.facts.is_empty() {
                        c.error(format!("{field}.facts"), "facts belong to vendor changes");
                    }
                }
                _ => c.error(field, "name either a `vendor` or a `rule`"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::never_holds;

    #[test]
    fn contradictions_are_found() {
        for src in [
            "a = yes and a = no",
            "a and a = no",
            "n < 10 and n >= 20",
            "n < 10 and n > 10",
            "a in [x, y] and a != x and a != y",
            "(a = x and a = y) or (b and b = no)",
        ] {
            assert!(never_holds(&src.parse().unwrap()), "{src}");
        }
        for src in [
            "a = yes or a = no",
            "n <= 10 and n >= 10",
            "a in [x, y] and a != x",
            "a and b = no",
            "not a and a",
        ] {
            assert!(!never_holds(&src.parse().unwrap()), "{src}");
        }
    }
}
