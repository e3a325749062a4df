//! Search-as-you-type and detection speed over the whole catalog.
//! `cargo bench -p vendorplan-core --bench search`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use vendorplan_core::dataset;
use vendorplan_core::detect::detect;
use vendorplan_core::search::{search, SearchIndex};

const QUERIES: &[&str] = &[
    "",
    "h",
    "hub",
    "hubspt",
    "google anal",
    "identity",
    "jumpclod",
    "console.jumpcloud.com",
    "https://www.googletagmanager.com/gtm.js?id=GTM-X",
    "personio",
    "xyzzyqq",
];

fn bench(c: &mut Criterion) {
    let data = dataset();
    let n = data.vendors.len();
    let index = SearchIndex::new(data);
    c.bench_function(&format!("search: build index, {n} vendors"), |b| {
        b.iter(|| SearchIndex::new(black_box(data)))
    });
    for q in QUERIES {
        c.bench_function(&format!("search: {q:?}, {n} vendors"), |b| {
            b.iter(|| index.search(black_box(q), 20))
        });
    }
    c.bench_function("search: every query, index rebuilt each call", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(search(data, black_box(q), 20));
            }
        })
    });

    let mut page = String::new();
    while page.len() < 1 << 20 {
        page.push_str(
            "<script src=\"https://www.example.com/a.js?v=1.2.3\"></script>\n\
             <a href=\"//cdn.example.net/x/y\">notjumpcloud.com</a> Set-Cookie: id=1; Path=/\n",
        );
    }
    page.push_str("<script src=\"https://console.jumpcloud.com/x.js\"></script>");
    let mut group = c.benchmark_group("detect");
    group.throughput(criterion::Throughput::Bytes(page.len() as u64));
    group.bench_function(format!("1 MiB of HTML, {n} vendors"), |b| {
        b.iter(|| detect(data, black_box(&page)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
