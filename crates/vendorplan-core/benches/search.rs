//! Search-as-you-type and detection speed on a catalog grown to 300 vendors with made-up names,
//! aliases and domains (cloned from the real records, so every field has a realistic shape).
//! `cargo bench -p vendorplan-core --bench search`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use strum::IntoEnumIterator;
use vendorplan_core::dataset;
use vendorplan_core::detect::detect;
use vendorplan_core::search::{search, SearchIndex};
use vendorplan_data::{Category, Dataset};

const VENDORS: usize = 300;

/// Deterministic made-up words, so that every synthetic vendor has its own name and domains and
/// the index holds as many distinct words as a real catalog would.
struct Words(u64);

impl Words {
    fn next(&mut self) -> String {
        const ON: [&str; 12] = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "s", "t"];
        const NU: [&str; 6] = ["a", "e", "i", "o", "u", "ou"];
        let mut w = String::new();
        for _ in 0..2 + self.roll(2) {
            w.push_str(ON[self.roll(ON.len())]);
            w.push_str(NU[self.roll(NU.len())]);
        }
        w.push_str(ON[self.roll(ON.len())]);
        w
    }

    fn roll(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn grown() -> Dataset {
    let mut data = dataset().clone();
    let real = data.vendors.clone();
    let categories: Vec<Category> = Category::iter().collect();
    let mut words = Words(7);
    let named = [
        ("HubSpot", "hubspot.com"),
        ("Google Analytics", "google-analytics.com"),
        ("Google Tag Manager", "googletagmanager.com"),
    ];
    for i in 0..VENDORS - real.len() {
        let mut v = real[i % real.len()].clone();
        let (name, domain) = match named.get(i) {
            Some((n, d)) => (n.to_string(), d.to_string()),
            None => {
                let (a, b) = (words.next(), words.next());
                (
                    format!("{} {}", capital(&a), capital(&b)),
                    format!("{a}{b}.com"),
                )
            }
        };
        v.id = format!("synthetic-{i:03}").as_str().into();
        v.aliases = vec![
            format!("{name} {}", capital(&words.next())),
            capital(&words.next()),
        ];
        v.name = name;
        v.categories = vec![
            categories[i % categories.len()],
            categories[(i * 7 + 3) % categories.len()],
        ];
        v.domains = ["", "app.", "api.", "cdn.", "eu.", "console."]
            .iter()
            .map(|p| format!("{p}{domain}"))
            .collect();
        data.vendors.push(v);
    }
    data.vendors.sort_by(|a, b| a.id.cmp(&b.id));
    data
}

fn capital(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

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
    "bemolakus",
    "xyzzyqq",
];

fn bench(c: &mut Criterion) {
    let data = grown();
    assert_eq!(data.vendors.len(), VENDORS);
    let index = SearchIndex::new(&data);
    c.bench_function("search: build index, 300 vendors", |b| {
        b.iter(|| SearchIndex::new(black_box(&data)))
    });
    for q in QUERIES {
        c.bench_function(&format!("search: {q:?}, 300 vendors"), |b| {
            b.iter(|| index.search(black_box(q), 20))
        });
    }
    c.bench_function("search: every query, index rebuilt each call", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(search(&data, black_box(q), 20));
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
    group.bench_function("1 MiB of HTML, 300 vendors", |b| {
        b.iter(|| detect(&data, black_box(&page)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
