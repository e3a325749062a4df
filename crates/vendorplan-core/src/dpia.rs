//! DPIA screening per vendor: the WP248 criteria of `data/dpia.toml` and the national
//! Art. 35(4) lists, each evaluated like a rule so that every result carries its reasons.

use vendorplan_data::condition::Fact;
use vendorplan_data::{Dataset, Vendor};

use crate::answers::Answers;
use crate::engine::{dedup, Context, Memo, Resolved, Truth, Value};
use crate::plan::{Dpia, DpiaCriterionResult, Met, NationalListResult, Reason, VendorDpia};

impl From<Truth> for Met {
    fn from(t: Truth) -> Met {
        match t {
            Truth::True => Met::Yes,
            Truth::False => Met::No,
            Truth::Maybe => Met::Maybe,
        }
    }
}

/// Screens one vendor's processing for this customer.
pub(crate) fn screen(
    data: &Dataset,
    answers: &Answers,
    vendor: &Vendor,
    memo: &Memo,
) -> VendorDpia {
    let ctx = Context {
        data,
        answers,
        vendor: Some(vendor),
        memo,
    };
    let criteria: Vec<DpiaCriterionResult> = data
        .dpia
        .criterion
        .iter()
        .map(|k| {
            let truth = ctx.truth(&k.when);
            let because = if truth.holds() {
                ctx.eval(&k.when).1
            } else {
                Vec::new()
            };
            DpiaCriterionResult {
                id: k.id,
                met: truth.into(),
                because,
            }
        })
        .collect();
    let national_lists: Vec<NationalListResult> = data
        .dpia
        .national_list
        .iter()
        .filter_map(|n| {
            let truth = ctx.truth(&n.when);
            truth.holds().then(|| NationalListResult {
                id: n.id.clone(),
                country: n.country.clone(),
                reference: n.reference.clone(),
                item: n.item.clone(),
                met: truth.into(),
                because: ctx.eval(&n.when).1,
            })
        })
        .collect();
    let count = |m: Met| criteria.iter().filter(|c| c.met == m).count();
    let (yes, maybe) = (count(Met::Yes), count(Met::Maybe));
    let listed = |m: Met| national_lists.iter().any(|n| n.met == m);
    // Two criteria make a DPIA required (WP248 rev.01, section III.B.a); so does a national list.
    let required = if yes >= 2 || listed(Met::Yes) {
        Met::Yes
    } else if yes + maybe >= 2 || listed(Met::Maybe) {
        Met::Maybe
    } else {
        Met::No
    };
    VendorDpia {
        vendor: vendor.id.clone(),
        required,
        criteria_met: yes,
        criteria,
        national_lists,
    }
}

impl VendorDpia {
    /// The screening's result as a vendor fact a rule can read, with the screening's reasons.
    pub(crate) fn as_fact(&self, vendor: &Vendor, fact: Fact, why: bool) -> Resolved<'static> {
        let holds: Vec<&DpiaCriterionResult> =
            self.criteria.iter().filter(|c| c.met != Met::No).collect();
        let (cautious, certain, shown) = match fact {
            Fact::DpiaCriteriaMet => {
                let names: Vec<&str> = holds.iter().map(|c| c.id.as_ref()).collect();
                (
                    Value::Number(holds.len() as f64),
                    Value::Number(self.criteria_met as f64),
                    format!("{} ({})", holds.len(), names.join(", ")),
                )
            }
            _ => {
                let any = |m: Met| self.national_lists.iter().any(|n| n.met == m);
                let items: Vec<&str> = self.national_lists.iter().map(|n| n.id.as_str()).collect();
                let shown = if items.is_empty() {
                    "no".to_owned()
                } else {
                    items.join(", ")
                };
                (
                    Value::Bool(any(Met::Yes) || any(Met::Maybe)),
                    Value::Bool(any(Met::Yes)),
                    shown,
                )
            }
        };
        if !why {
            return Resolved {
                cautious: Some(cautious),
                certain: Some(certain),
                reasons: Vec::new(),
                not_asked: false,
            };
        }
        let mut reasons = vec![Reason::Fact {
            vendor: vendor.id.clone(),
            fact: fact.as_ref().to_owned(),
            value: shown,
        }];
        match fact {
            Fact::DpiaCriteriaMet => {
                reasons.extend(holds.iter().flat_map(|c| c.because.iter().cloned()))
            }
            _ => reasons.extend(
                self.national_lists
                    .iter()
                    .flat_map(|n| n.because.iter().cloned()),
            ),
        }
        dedup(&mut reasons);
        Resolved {
            cautious: Some(cautious),
            certain: Some(certain),
            reasons,
            not_asked: false,
        }
    }
}

/// The plan's DPIA section: each vendor's screening, and per criterion whether any processing
/// meets it.
pub fn section(screenings: Vec<VendorDpia>) -> Dpia {
    let criteria = screenings
        .first()
        .map(|first| {
            first
                .criteria
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let met = screenings
                        .iter()
                        .map(|s| s.criteria[i].met)
                        .fold(Met::No, Met::either);
                    let mut because: Vec<Reason> = screenings
                        .iter()
                        .flat_map(|s| s.criteria[i].because.iter().cloned())
                        .collect();
                    dedup(&mut because);
                    DpiaCriterionResult {
                        id: c.id,
                        met,
                        because,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let required = screenings
        .iter()
        .map(|s| s.required)
        .fold(Met::No, Met::either);
    Dpia {
        required: required != Met::No,
        assumed: required == Met::Maybe,
        criteria,
        vendors: screenings,
    }
}

impl Met {
    /// The stronger of two results: yes over maybe over no.
    fn either(self, other: Met) -> Met {
        match (self, other) {
            (Met::Yes, _) | (_, Met::Yes) => Met::Yes,
            (Met::Maybe, _) | (_, Met::Maybe) => Met::Maybe,
            _ => Met::No,
        }
    }
}
