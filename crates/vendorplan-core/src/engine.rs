//! Rules evaluation: answers + vendor facts → actions, each with the reasons that caused it.
//!
//! Conditions are evaluated in three-valued logic. A test on an unanswered question or an
//! "I don't know" is *maybe*; `not maybe` is maybe; `and`/`or` follow Kleene's tables. A rule
//! whose condition is true or maybe applies, and a maybe makes the action `assumed`. So "I don't
//! know" never gives fewer actions than any definite answer would: the plan errs on the cautious
//! side and says which answer would settle it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use vendorplan_data::condition::{
    Comparison, Condition, Fact, Literal, Operand, Ordering, ValueSet,
};
use vendorplan_data::*;

use crate::answers::{Answer, AnswerKey, Answers, AnswersFile};
use crate::plan::*;
use crate::sections;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Maybe,
}

impl Truth {
    pub fn holds(self) -> bool {
        self != Truth::False
    }

    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Maybe => Truth::Maybe,
        }
    }
}

/// A value an operand can take.
/// Borrowed from the data and the answers: evaluating a test allocates nothing.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value<'a> {
    Bool(bool),
    Word(&'a str),
    Set(Vec<&'a str>),
    Country(&'a str),
    Number(f64),
}

/// An operand's value as the engine could establish it.
///
/// - a known value: `cautious` and `certain` are equal;
/// - an unknown one: both `None`, and every test on it is maybe;
/// - a value assumed on the cautious side (such as the default region when the visitor does
///   not know): `cautious` only, so a test it passes is maybe and a test it fails is false;
/// - a range (such as DPIA criteria met for sure, and met or maybe met): the test is true if
///   both ends pass, false if both fail, maybe otherwise.
pub(crate) struct Resolved<'a> {
    pub(crate) cautious: Option<Value<'a>>,
    pub(crate) certain: Option<Value<'a>>,
    pub(crate) reasons: Vec<Reason>,
    /// The question is not asked in this context (its `ask_when` does not hold), so tests on it
    /// do not hold either.
    pub(crate) not_asked: bool,
}

impl<'a> Resolved<'a> {
    pub(crate) fn known(value: Value<'a>, reasons: Vec<Reason>) -> Self {
        Resolved {
            cautious: Some(value.clone()),
            certain: Some(value),
            reasons,
            not_asked: false,
        }
    }

    fn truth(&self, data: &Dataset, comparison: &Comparison) -> Truth {
        if self.not_asked {
            return Truth::False;
        }
        let Some(cautious) = &self.cautious else {
            return Truth::Maybe;
        };
        let cautious = compare(data, cautious, comparison);
        match (&self.certain, cautious) {
            (None, true) => Truth::Maybe,
            (None, false) => Truth::False,
            (Some(certain), _) => match (compare(data, certain, comparison), cautious) {
                (true, true) => Truth::True,
                (false, false) => Truth::False,
                _ => Truth::Maybe,
            },
        }
    }
}

/// What a condition is evaluated against: the answers, and the vendor for vendor-scoped ones.
pub(crate) struct Context<'a> {
    pub data: &'a Dataset,
    pub answers: &'a Answers,
    pub vendor: Option<&'a Vendor>,
    pub memo: &'a Memo,
}

/// Results that many conditions read, computed once per plan: whether each question is asked,
/// and each vendor's transfer and DPIA screening.
#[derive(Default)]
pub(crate) struct Memo {
    /// Keyed by the addresses of the vendor record and the question, which live as long as the
    /// dataset: cheaper than building an answer key for every test.
    asked: RefCell<BTreeMap<(usize, usize), Truth>>,
    /// Keyed by the vendor record's address, like `asked`.
    transfers: RefCell<BTreeMap<usize, Rc<TransferAssessment>>>,
    dpia: RefCell<BTreeMap<usize, Rc<VendorDpia>>>,
    /// The selected vendors' records, looked up once: `any_vendor.<fact>` reads them all for
    /// every test, which with the whole catalog selected is thousands of lookups by id.
    selected: std::cell::OnceCell<Vec<usize>>,
}

fn addr(vendor: &Vendor) -> usize {
    std::ptr::from_ref(vendor) as usize
}

impl Memo {
    pub(crate) fn transfer(
        &self,
        data: &Dataset,
        answers: &Answers,
        vendor: &Vendor,
    ) -> Rc<TransferAssessment> {
        if let Some(t) = self.transfers.borrow().get(&addr(vendor)) {
            return t.clone();
        }
        let t = Rc::new(assess_transfer(data, answers, vendor));
        self.transfers.borrow_mut().insert(addr(vendor), t.clone());
        t
    }

    pub(crate) fn dpia(
        &self,
        data: &Dataset,
        answers: &Answers,
        vendor: &Vendor,
    ) -> Rc<VendorDpia> {
        if let Some(d) = self.dpia.borrow().get(&addr(vendor)) {
            return d.clone();
        }
        let d = Rc::new(crate::dpia::screen(data, answers, vendor, self));
        self.dpia.borrow_mut().insert(addr(vendor), d.clone());
        d
    }

    /// Indexes into `data.vendors` of the selected vendors, in selection order.
    fn selected(&self, data: &Dataset, answers: &Answers) -> &[usize] {
        self.selected.get_or_init(|| {
            answers
                .vendors
                .iter()
                .filter_map(|id| data.vendors.binary_search_by(|v| v.id.cmp(id)).ok())
                .collect()
        })
    }

    fn asked(
        &self,
        data: &Dataset,
        answers: &Answers,
        question: &Question,
        vendor: Option<&Vendor>,
    ) -> Truth {
        let vendor_addr = match vendor {
            Some(v) if question.scope == Scope::Vendor => addr(v),
            _ => 0,
        };
        let key = (vendor_addr, std::ptr::from_ref(question) as usize);
        if let Some(asked) = self.asked.borrow().get(&key) {
            return *asked;
        }
        let asked = question.ask_when.as_ref().map_or(Truth::True, |c| {
            Context {
                data,
                answers,
                vendor,
                memo: self,
            }
            .truth(c)
        });
        self.asked.borrow_mut().insert(key, asked);
        asked
    }
}

impl<'a> Context<'a> {
    /// The condition's truth and the answers and facts that decide it.
    pub(crate) fn eval(&self, condition: &Condition) -> (Truth, Vec<Reason>) {
        self.eval_with(condition, true)
    }

    /// The truth alone: most conditions do not hold, and their reasons would be thrown away.
    pub(crate) fn truth(&self, condition: &Condition) -> Truth {
        self.eval_with(condition, false).0
    }

    fn eval_with(&self, condition: &Condition, why: bool) -> (Truth, Vec<Reason>) {
        match condition {
            Condition::All(parts) => {
                let results: Vec<_> = parts.iter().map(|p| self.eval_with(p, why)).collect();
                if let Some((_, reasons)) = results.iter().find(|(t, _)| *t == Truth::False) {
                    return (Truth::False, reasons.clone());
                }
                let truth = if results.iter().any(|(t, _)| *t == Truth::Maybe) {
                    Truth::Maybe
                } else {
                    Truth::True
                };
                (truth, results.into_iter().flat_map(|(_, r)| r).collect())
            }
            Condition::Any(parts) => any_of(parts.iter().map(|p| self.eval_with(p, why)).collect()),
            Condition::Not(inner) => {
                let (t, reasons) = self.eval_with(inner, why);
                (t.not(), reasons)
            }
            Condition::Test(test) if matches!(test.operand, Operand::AnyVendor(_)) => {
                let Operand::AnyVendor(fact) = test.operand else {
                    unreachable!()
                };
                // Kleene's `or` over the selected vendors.
                let per_vendor = Condition::Test(vendorplan_data::condition::Test {
                    operand: Operand::Fact(fact),
                    comparison: test.comparison.clone(),
                });
                any_of(
                    self.memo
                        .selected(self.data, self.answers)
                        .iter()
                        .map(|&i| &self.data.vendors[i])
                        .map(|v| {
                            Context {
                                vendor: Some(v),
                                ..*self
                            }
                            .eval_with(&per_vendor, why)
                        })
                        .collect(),
                )
            }
            Condition::Test(test) => {
                let resolved = self.resolve(&test.operand, &test.comparison, why);
                (
                    resolved.truth(self.data, &test.comparison),
                    resolved.reasons,
                )
            }
        }
    }

    /// With `why` false, the result carries no reasons.
    fn resolve(&self, operand: &Operand, comparison: &Comparison, why: bool) -> Resolved<'a> {
        let mut resolved = self.resolve_with_reasons(operand, comparison, why);
        if !why {
            resolved.reasons.clear();
        }
        resolved
    }

    fn resolve_with_reasons(
        &self,
        operand: &Operand,
        comparison: &Comparison,
        why: bool,
    ) -> Resolved<'a> {
        match operand {
            Operand::Answer(id) => self.answer(id, why),
            Operand::AnyVendor(_) => unreachable!("evaluated per vendor in eval_with"),
            Operand::Fact(fact) => {
                let vendor = self
                    .vendor
                    .expect("the validator only lets vendor-scoped conditions read facts");
                match fact {
                    Fact::Transfer => {
                        let t = self.memo.transfer(self.data, self.answers, vendor);
                        let value = Value::Word(t.mechanism.into());
                        return Resolved {
                            cautious: Some(value.clone()),
                            certain: (!t.assumed).then_some(value),
                            reasons: if why { t.because.clone() } else { Vec::new() },
                            not_asked: false,
                        };
                    }
                    Fact::DpiaCriteriaMet | Fact::OnNationalDpiaList => {
                        return self
                            .memo
                            .dpia(self.data, self.answers, vendor)
                            .as_fact(vendor, *fact, why);
                    }
                    _ => {}
                }
                let value = fact_value(vendor, *fact);
                if !why {
                    return Resolved::known(value, Vec::new());
                }
                let shown = match (&value, comparison) {
                    // For a list, the reason names the item tested, not the whole list.
                    (Value::Set(items), Comparison::Has(Literal::Word(w)))
                        if items.contains(&w.as_str()) =>
                    {
                        w.clone()
                    }
                    (Value::Set(_), Comparison::Has(l)) => format!("not {l}"),
                    (v, _) => display_value(v),
                };
                let reasons = vec![Reason::Fact {
                    vendor: vendor.id.clone(),
                    fact: fact.as_ref().to_owned(),
                    value: shown,
                }];
                Resolved::known(value, reasons)
            }
        }
    }

    fn answer(&self, id: &str, why: bool) -> Resolved<'a> {
        let question = self
            .data
            .question(id)
            .expect("the validator checked every question id");
        let key = match question.scope {
            Scope::Organisation => AnswerKey::org(id),
            Scope::Vendor => AnswerKey::vendor(
                &self
                    .vendor
                    .expect("vendor questions are read in vendor scope")
                    .id,
                id,
            ),
        };
        let asked = self
            .memo
            .asked(self.data, self.answers, question, self.vendor);
        if asked == Truth::False {
            return Resolved {
                cautious: None,
                certain: None,
                reasons: Vec::new(),
                not_asked: true,
            };
        }
        let mut resolved = self.answered(question, key, why);
        // A question asked only because an earlier answer is unknown carries that answer's
        // uncertainty: finding it out may make this question moot.
        if asked == Truth::Maybe && why {
            if let Some(c) = &question.ask_when {
                resolved.reasons.extend(self.eval(c).1);
            }
        }
        resolved
    }

    fn answered(&self, question: &Question, key: AnswerKey, why: bool) -> Resolved<'a> {
        match self.answers.get(&key) {
            Some(answer) if !answer.is_unknown() => Resolved::known(
                answer_value(question, answer),
                if why {
                    vec![Reason::Answer {
                        question: question.id.clone(),
                        vendor: key.vendor,
                        value: answer.clone(),
                    }]
                } else {
                    Vec::new()
                },
            ),
            other => Resolved {
                cautious: None,
                certain: None,
                reasons: vec![Reason::Assumed {
                    question: question.id.clone(),
                    vendor: key.vendor,
                    unknown: other.is_some(),
                }],
                not_asked: false,
            },
        }
    }
}

/// Kleene's `or`: true if any part is true, with those parts' reasons; else maybe if any is maybe,
/// with theirs; else false, with every part's reasons (what a `not` around it rests on).
fn any_of(results: Vec<(Truth, Vec<Reason>)>) -> (Truth, Vec<Reason>) {
    for wanted in [Truth::True, Truth::Maybe] {
        if results.iter().any(|(t, _)| *t == wanted) {
            let reasons = results
                .into_iter()
                .filter(|(t, _)| *t == wanted)
                .flat_map(|(_, r)| r)
                .collect();
            return (wanted, reasons);
        }
    }
    (
        Truth::False,
        results.into_iter().flat_map(|(_, r)| r).collect(),
    )
}

fn answer_value<'a>(question: &Question, answer: &'a Answer) -> Value<'a> {
    match (question.kind, answer) {
        (QuestionKind::YesNo, Answer::Text(t)) => Value::Bool(t == "yes"),
        (QuestionKind::Country, Answer::Text(t)) => Value::Country(t),
        (_, Answer::Text(t)) => Value::Word(t),
        (_, Answer::Number(n)) => Value::Number(*n),
        (_, Answer::List(items)) => Value::Set(items.iter().map(String::as_str).collect()),
    }
}

fn set<'a, T: Into<&'static str>>(items: impl IntoIterator<Item = T>) -> Value<'a> {
    let mut names: Vec<&str> = items.into_iter().map(Into::into).collect();
    names.sort_unstable();
    names.dedup();
    Value::Set(names)
}

fn word<'a>(w: impl Into<&'static str>) -> Value<'a> {
    Value::Word(w.into())
}

fn fact_value(v: &Vendor, fact: Fact) -> Value<'_> {
    let purposes = || v.purposes.iter();
    let cookies_on = |on: SetOn| {
        set(v
            .cookies
            .iter()
            .filter(|c| c.set_on == on)
            .map(|c| c.purpose))
    };
    match fact {
        Fact::Categories => set(v.categories.iter().copied()),
        Fact::Deployment => word(v.deployment),
        Fact::Country => Value::Country(v.country.as_str()),
        Fact::Roles => set(purposes().map(|p| p.role)),
        Fact::DataSubjects => set(purposes().flat_map(|p| p.data_subjects.iter().copied())),
        Fact::PersonalData => set(purposes().flat_map(|p| p.personal_data.iter().copied())),
        Fact::LawfulBases => set(purposes().flat_map(|p| p.lawful_bases.iter().copied())),
        Fact::EmployeeMonitoring => Value::Bool(purposes().any(|p| p.employee_monitoring)),
        Fact::EuRegion => word(v.hosting.eu_region),
        Fact::Dpf => word(v.transfers.dpf),
        Fact::Scc => word(v.transfers.scc),
        Fact::OnwardWithEuRegion => word(v.transfers.onward_with_eu_region),
        Fact::VisitorCookies => cookies_on(SetOn::Visitors),
        Fact::StaffCookies => cookies_on(SetOn::Staff),
        Fact::Controls => set(v.controls.iter().map(|c| c.kind)),
        Fact::Nis2 => word(v.nis2.relevance),
        Fact::DpiaCriteria => set(v.dpia.criteria.iter().map(|c| c.criterion)),
        Fact::Certifications => set(v.security.certifications.iter().copied()),
        Fact::Vdp => Value::Bool(v.security.vdp.is_some()),
        Fact::HasDpa => Value::Bool(v.documents.dpa.is_some()),
        Fact::Transfer | Fact::DpiaCriteriaMet | Fact::OnNationalDpiaList => {
            unreachable!("derived in Context::resolve")
        }
    }
}

fn display_value(v: &Value<'_>) -> String {
    match v {
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Value::Word(w) | Value::Country(w) => (*w).to_owned(),
        Value::Set(items) => items.join(", "),
        Value::Number(n) => n.to_string(),
    }
}

fn compare(data: &Dataset, value: &Value<'_>, comparison: &Comparison) -> bool {
    let equals = |l: &Literal| match (value, l) {
        (Value::Bool(b), Literal::Word(w)) => (w == "yes") == *b,
        (Value::Word(a) | Value::Country(a), Literal::Word(w)) => a == w,
        (Value::Number(a), Literal::Number(n)) => a == n,
        _ => false,
    };
    match comparison {
        Comparison::IsYes => matches!(value, Value::Bool(true)),
        Comparison::Eq(l) => equals(l),
        Comparison::Ne(l) => !equals(l),
        Comparison::In(ValueSet::List(items)) => items.iter().any(equals),
        Comparison::In(ValueSet::Group(group)) => match (value, group.parse::<CountryGroup>()) {
            (Value::Country(code), Ok(group)) => data.in_group(code, group),
            _ => false,
        },
        Comparison::Has(l) => {
            matches!((value, l), (Value::Set(items), Literal::Word(w)) if items.contains(&w.as_str()))
        }
        Comparison::Cmp(ordering, n) => match value {
            Value::Number(a) => match ordering {
                Ordering::Lt => a < n,
                Ordering::Le => a <= n,
                Ordering::Gt => a > n,
                Ordering::Ge => a >= n,
            },
            _ => false,
        },
    }
}

/// Where a vendor keeps this customer's data and how it reaches third countries.
///
/// Cautious assumptions, each recorded in `because` and flagged `assumed`: an unknown region
/// choice means the default region; unknown onward access means the vendor's home country can
/// reach the data; unknown SCCs without a DPF certification mean no known safeguard.
pub fn assess_transfer(data: &Dataset, answers: &Answers, vendor: &Vendor) -> TransferAssessment {
    let fact = |f: Fact, value: String| Reason::Fact {
        vendor: vendor.id.clone(),
        fact: f.as_ref().to_owned(),
        value,
    };
    let mut because = Vec::new();
    let mut assumed = false;
    let hosting = &vendor.hosting;
    let default = hosting
        .regions
        .iter()
        .find(|r| r.id == hosting.default)
        .expect("the validator checked the default region");
    let eu = hosting
        .regions
        .iter()
        .find(|r| data.in_group(r.country.as_str(), CountryGroup::Eea));
    because.push(fact(Fact::EuRegion, hosting.eu_region.to_string()));
    let stored = match (hosting.eu_region, eu) {
        (EuRegion::Available, Some(eu)) => {
            let key = AnswerKey::vendor(&vendor.id, "region_chosen");
            match answers.get(&key) {
                Some(Answer::Text(t)) if t == "eu" || t == "default" => {
                    because.push(Reason::Answer {
                        question: key.question,
                        vendor: key.vendor,
                        value: Answer::Text(t.clone()),
                    });
                    if t == "eu" {
                        eu
                    } else {
                        default
                    }
                }
                other => {
                    because.push(Reason::Assumed {
                        question: key.question,
                        vendor: key.vendor,
                        unknown: other.is_some(),
                    });
                    assumed = true;
                    default
                }
            }
        }
        _ => default,
    };

    let mut countries: BTreeSet<&CountryCode> = BTreeSet::new();
    if !data.in_group(stored.country.as_str(), CountryGroup::Eea) {
        countries.insert(&stored.country);
    }
    match vendor.transfers.onward_with_eu_region {
        Tri::Yes => {
            because.push(fact(Fact::OnwardWithEuRegion, "yes".into()));
            countries.extend(vendor.transfers.onward_countries.iter());
        }
        Tri::Unknown
            if countries.is_empty()
                && !data.in_group(vendor.country.as_str(), CountryGroup::Eea) =>
        {
            because.push(fact(Fact::OnwardWithEuRegion, "unknown".into()));
            assumed = true;
            countries.insert(&vendor.country);
        }
        _ => {}
    }

    let mut destinations = Vec::new();
    for country in countries {
        let mechanism = if data.in_group(country.as_str(), CountryGroup::Eea) {
            continue;
        } else if data.in_group(country.as_str(), CountryGroup::Adequate) {
            TransferMechanism::Adequacy
        } else if data.in_group(country.as_str(), CountryGroup::Dpf)
            && vendor.transfers.dpf == DpfStatus::Certified
        {
            because.push(fact(Fact::Dpf, vendor.transfers.dpf.to_string()));
            TransferMechanism::Dpf
        } else {
            if data.in_group(country.as_str(), CountryGroup::Dpf) {
                because.push(fact(Fact::Dpf, vendor.transfers.dpf.to_string()));
            }
            because.push(fact(Fact::Scc, vendor.transfers.scc.to_string()));
            if vendor.transfers.scc == Tri::Yes {
                TransferMechanism::Scc
            } else {
                TransferMechanism::NoMechanism
            }
        };
        destinations.push(Destination {
            country: country.clone(),
            mechanism,
        });
    }
    // Declared from no transfer to no safeguard, so the maximum is the weakest.
    let mechanism = destinations
        .iter()
        .map(|d| d.mechanism)
        .max()
        .unwrap_or(TransferMechanism::None);
    let eu_region_removes = hosting.eu_region == EuRegion::Available
        && stored.id == default.id
        && mechanism != TransferMechanism::None
        && vendor.transfers.onward_with_eu_region == Tri::No;
    dedup(&mut because);
    TransferAssessment {
        vendor: vendor.id.clone(),
        stored_in: stored.detail.clone(),
        destinations,
        mechanism,
        tia_required: matches!(mechanism, TransferMechanism::Scc),
        eu_region_removes,
        assumed,
        because,
    }
}

/// Drops repeated items, keeping the first of each in place (order carries meaning here).
pub(crate) fn dedup<T: PartialEq + Clone>(items: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::new();
    items.retain(|item| {
        if seen.contains(item) {
            false
        } else {
            seen.push(item.clone());
            true
        }
    });
}

/// Whether a question applies: always, or when its `ask_when` holds or may hold.
pub fn is_asked(
    data: &Dataset,
    answers: &Answers,
    question: &Question,
    vendor: Option<&Vendor>,
) -> bool {
    Memo::default()
        .asked(data, answers, question, vendor)
        .holds()
}

/// `{vendor}` in a text becomes the vendor's name.
pub fn fill(text: &str, vendor: Option<&Vendor>) -> String {
    match vendor {
        Some(v) => text.replace("{vendor}", &v.name),
        None => text.to_owned(),
    }
}

/// Builds the plan for a selection and its answers. Deterministic: the same data and answers give
/// the same plan, byte for byte once serialized.
pub fn build_plan(data: &Dataset, answers: &Answers) -> Plan {
    let vendors: Vec<&Vendor> = answers
        .vendors
        .iter()
        .filter_map(|id| data.vendor(id))
        .collect();
    let mut actions: Vec<(usize, Action)> = Vec::new();
    let memo = Memo::default();

    // Whether the GDPR reaches the organisation at all (Art. 3). When that is only a "maybe",
    // every rule that needs it rests on that assumption too.
    let org = Context {
        data,
        answers,
        vendor: None,
        memo: &memo,
    };
    let gdpr = org.eval(&data.gdpr_applies);

    for (index, rule) in data.rules.iter().enumerate() {
        let gate = if rule.outside_gdpr {
            gdpr.0.not()
        } else {
            gdpr.0
        };
        if gate == Truth::False {
            continue;
        }
        let targets: Vec<Option<&Vendor>> = match rule.scope {
            Scope::Organisation => vec![None],
            Scope::Vendor => vendors.iter().map(|v| Some(*v)).collect(),
        };
        for vendor in targets {
            let ctx = Context {
                data,
                answers,
                vendor,
                memo: &memo,
            };
            let (mut truth, mut because) = match &rule.when {
                Some(when) => match ctx.truth(when) {
                    Truth::False => continue,
                    _ => ctx.eval(when),
                },
                None => (Truth::True, Vec::new()),
            };
            if gate == Truth::Maybe || rule.outside_gdpr {
                truth = if gate == Truth::Maybe {
                    Truth::Maybe
                } else {
                    truth
                };
                because.extend(gdpr.1.iter().cloned());
            }
            if let Some(v) = vendor {
                because.insert(
                    0,
                    Reason::Selected {
                        vendor: v.id.clone(),
                    },
                );
            }
            dedup(&mut because);
            let id = match vendor {
                Some(v) => format!("{}:{}", rule.id, v.id),
                None => rule.id.to_string(),
            };
            let mut references = rule.references.clone();
            for national in &rule.references_when {
                if ctx.truth(&national.when).holds() {
                    references.extend(national.references.iter().cloned());
                }
            }
            dedup(&mut references);
            actions.push((
                index,
                Action {
                    id,
                    rule: Some(rule.id.clone()),
                    title: fill(&rule.title, vendor),
                    what: rule.what.clone(),
                    vendor: vendor.map(|v| v.id.clone()),
                    owner: rule.owner,
                    priority: rule.priority,
                    due: rule.due.clone(),
                    references,
                    because,
                    assumed: truth == Truth::Maybe,
                    details: vendor.map(|v| details(data, rule, v)).unwrap_or_default(),
                },
            ));
        }
    }

    let find_out = find_out_actions(data, &actions);
    actions.extend(find_out.into_iter().map(|a| (usize::MAX, a)));
    actions
        .sort_by(|(ia, a), (ib, b)| (a.priority, ia, &a.vendor).cmp(&(b.priority, ib, &b.vendor)));
    let actions: Vec<Action> = actions.into_iter().map(|(_, a)| a).collect();

    let mut by_vendor: BTreeMap<&VendorId, Vec<&Action>> = BTreeMap::new();
    for a in &actions {
        if let Some(v) = &a.vendor {
            by_vendor.entry(v).or_default().push(a);
        }
    }
    let mut summary = Summary::default();
    for v in &vendors {
        let own = by_vendor.get(&v.id).map_or(&[][..], Vec::as_slice);
        let mut counts = PriorityCounts::default();
        own.iter().for_each(|a| counts.add(a.priority));
        let (risk, why) = crate::sections::risk(own);
        summary.vendors.push(VendorSummary {
            id: v.id.clone(),
            name: v.name.clone(),
            actions: counts,
            risk,
            why,
        });
    }
    actions.iter().for_each(|a| summary.actions.add(a.priority));
    summary.assumed = actions.iter().filter(|a| a.assumed).count();
    summary.unanswered = questions_with(data, answers, &memo)
        .into_iter()
        .filter(|(k, _, _)| answers.get(k).is_none())
        .count();

    let assessed: Vec<TransferAssessment> = vendors
        .iter()
        .map(|v| memo.transfer(data, answers, v).as_ref().clone())
        .collect();
    let dpia = crate::dpia::section(
        vendors
            .iter()
            .map(|v| memo.dpia(data, answers, v).as_ref().clone())
            .collect(),
    );
    let cookies = sections::cookies(data, answers, &vendors);
    let alternatives = sections::alternatives(data, &summary, &vendors);

    let cited: BTreeSet<&RefId> = actions
        .iter()
        .flat_map(|a| &a.references)
        .chain(cookies.iter().flat_map(|c| &c.references))
        .chain(
            dpia.vendors
                .iter()
                .flat_map(|d| d.national_lists.iter().map(|n| &n.reference)),
        )
        .collect();
    let references = data
        .references
        .iter()
        .filter(|r| cited.contains(&r.id))
        .cloned()
        .collect();

    Plan {
        format: PLAN_FORMAT.to_owned(),
        version: PLAN_VERSION,
        catalog: data.catalog.clone(),
        made: None,
        answers: AnswersFile::from(answers),
        summary,
        actions,
        records_of_processing: sections::records_of_processing(answers, &vendors, &assessed),
        art30_exemption: sections::art30_exemption(answers, &vendors),
        processors: sections::processors(answers, &vendors),
        notices: sections::notices(data, &vendors, &assessed),
        security: sections::security(&vendors),
        transfers: assessed.iter().flat_map(TransferAssessment::rows).collect(),
        dpia,
        cookies,
        alternatives,
        references,
    }
}

/// The questions that apply to the selection, in questionnaire order: organisation questions,
/// then each vendor's.
pub fn applicable_questions<'a>(
    data: &'a Dataset,
    answers: &Answers,
) -> Vec<(AnswerKey, &'a Question, Option<&'a Vendor>)> {
    questions_with(data, answers, &Memo::default())
}

fn questions_with<'a>(
    data: &'a Dataset,
    answers: &Answers,
    memo: &Memo,
) -> Vec<(AnswerKey, &'a Question, Option<&'a Vendor>)> {
    let mut out = Vec::new();
    for q in data
        .questions
        .iter()
        .filter(|q| q.scope == Scope::Organisation)
    {
        if memo.asked(data, answers, q, None).holds() {
            out.push((AnswerKey::org(q.id.as_str()), q, None));
        }
    }
    for v in answers.vendors.iter().filter_map(|id| data.vendor(id)) {
        for q in data.questions.iter().filter(|q| q.scope == Scope::Vendor) {
            if memo.asked(data, answers, q, Some(v)).holds() {
                out.push((AnswerKey::vendor(&v.id, q.id.as_str()), q, Some(v)));
            }
        }
    }
    out
}

/// One action per "I don't know" that an action rests on: find out, then answer.
fn find_out_actions(data: &Dataset, actions: &[(usize, Action)]) -> Vec<Action> {
    let mut affected: BTreeMap<AnswerKey, Vec<&Action>> = BTreeMap::new();
    for (_, action) in actions {
        for reason in &action.because {
            if let Reason::Assumed {
                question,
                vendor,
                unknown: true,
            } = reason
            {
                let key = AnswerKey {
                    vendor: vendor.clone(),
                    question: question.clone(),
                };
                affected.entry(key).or_default().push(action);
            }
        }
    }
    affected
        .into_iter()
        .map(|(key, acts)| {
            let question = data
                .question(key.question.as_str())
                .expect("reasons name real questions");
            let vendor = key.vendor.as_ref().and_then(|id| data.vendor(id));
            let mut references: Vec<RefId> = acts
                .iter()
                .flat_map(|a| a.references.iter().cloned())
                .collect();
            dedup(&mut references);
            let mut because = vec![Reason::Assumed {
                question: key.question.clone(),
                vendor: key.vendor.clone(),
                unknown: true,
            }];
            because.extend(acts.iter().map(|a| Reason::Affects {
                action: a.id.clone(),
            }));
            Action {
                id: format!("find-out:{key}"),
                rule: None,
                title: fill(&question.text, vendor),
                what: fill(&question.find_out.how, vendor),
                vendor: key.vendor.clone(),
                owner: question.find_out.owner,
                // As soon as the most urgent action resting on the answer is due.
                due: acts
                    .iter()
                    .min_by_key(|a| a.priority)
                    .map(|a| a.due.clone())
                    .unwrap_or_default(),
                priority: acts
                    .iter()
                    .map(|a| a.priority)
                    .min()
                    .unwrap_or(Priority::Low),
                references,
                because,
                assumed: true,
                details: Vec::new(),
            }
        })
        .collect()
}

/// The parts of the vendor's record that the rule asks to quote.
fn details(data: &Dataset, rule: &Rule, v: &Vendor) -> Vec<Detail> {
    let vocab = &data.vocabulary;
    let mut out = Vec::new();
    if let Some(kind) = rule.vendor_control {
        if let Some(control) = v.controls.iter().find(|c| c.kind == kind) {
            out.push(Detail {
                label: vocabulary::label(&vocab.control_kind, &kind).to_owned(),
                text: control.how.clone(),
                link: None,
            });
        }
    }
    for part in &rule.vendor_facts {
        let label = vocabulary::label(&vocab.vendor_facts, part).to_owned();
        let (text, link) = match part {
            VendorFacts::Retention => {
                let r = &v.retention;
                (
                    format!("{} {} {}", r.default, r.options, r.after_termination),
                    None,
                )
            }
            VendorFacts::Dpa => (v.documents.dpa_how.clone(), v.documents.dpa.clone()),
            VendorFacts::SubProcessors => (String::new(), v.documents.sub_processors.clone()),
            VendorFacts::Hosting => {
                let regions: Vec<&str> = v
                    .hosting
                    .regions
                    .iter()
                    .map(|r| r.detail.as_str())
                    .collect();
                (
                    format!("{} {}", regions.join("; "), v.hosting.eu_region_how),
                    None,
                )
            }
            VendorFacts::Transfers => (v.transfers.note.clone(), None),
            VendorFacts::Security => {
                let text = v.security.response_time.clone().unwrap_or_default();
                (
                    text,
                    v.security
                        .vdp
                        .clone()
                        .or_else(|| v.security.trust_center.clone()),
                )
            }
        };
        if !text.is_empty() || link.is_some() {
            out.push(Detail { label, text, link });
        }
    }
    out
}
