//! Plan building speed: one vendor, 30 (a typical stack), and every vendor with every question answered; and loading
//! the embedded catalog. `cargo bench -p vendorplan-core`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use strum::IntoEnumIterator;
use vendorplan_core::answers::{Answer, Answers};
use vendorplan_core::engine::{applicable_questions, build_plan};
use vendorplan_core::{catalog, dataset, export};
use vendorplan_data::QuestionKind;

/// Every question that applies answered with its first definite value.
fn answered(vendors: usize) -> Answers {
    let data = dataset();
    let mut a = Answers::default();
    a.vendors
        .extend(data.vendors.iter().take(vendors).map(|v| v.id.clone()));
    loop {
        let next = applicable_questions(data, &a)
            .into_iter()
            .find(|(k, _, _)| !a.answers.contains_key(k));
        let Some((key, q, _)) = next else { break };
        let answer = match q.kind {
            QuestionKind::YesNo => Answer::yes(true),
            QuestionKind::Choice => Answer::Text(q.options[0].id.clone()),
            QuestionKind::MultiChoice => Answer::List(vec![q.options[0].id.clone()]),
            QuestionKind::Country => Answer::Text("DE".into()),
            QuestionKind::Number => Answer::Number(120.0),
        };
        a.answers.insert(key, answer);
    }
    a
}

fn bench(c: &mut Criterion) {
    let data = dataset();
    let one = answered(1);
    let thirty = answered(30.min(data.vendors.len()));
    let all = answered(data.vendors.len());
    c.bench_function("plan, 1 vendor, all answered", |b| {
        b.iter(|| build_plan(data, black_box(&one)))
    });
    c.bench_function(
        &format!("plan, {} vendors, all answered", thirty.vendors.len()),
        |b| b.iter(|| build_plan(data, black_box(&thirty))),
    );
    c.bench_function(
        &format!("plan, all {} vendors, all answered", data.vendors.len()),
        |b| b.iter(|| build_plan(data, black_box(&all))),
    );
    c.bench_function("load embedded catalog", |b| b.iter(catalog::parse_embedded));

    // Every download of the 30-vendor plan.
    let plan = build_plan(data, &thirty);
    let made = export::Day::parse("2026-11-25").expect("a date");
    for format in export::Format::iter() {
        let table = if format == export::Format::Csv {
            "records-of-processing"
        } else {
            ""
        };
        c.bench_function(&format!("export {}, 30 vendors", format.extension()), |b| {
            b.iter(|| export::file(data, black_box(&plan), format, made, table))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
