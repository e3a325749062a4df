//! Vendorplan's engine. Given the vendors a visitor picked and their answers, it builds the plan:
//! what to do, who does it, why, and which provisions require it.
//!
//! **Architecture invariant:** plain Rust. No `web_sys`, no `wasm_bindgen`, no clock, no I/O: the
//! browser app, the CLI and the tests all call the same functions with the same results.

pub mod answers;
pub mod catalog;
pub mod consent;
pub mod detect;
pub mod diff;
pub mod dpia;
pub mod engine;
pub mod explain;
pub mod export;
pub mod plan;
pub mod report;
pub mod search;
pub mod sections;
pub mod session;
pub mod share;

pub use answers::{Answer, Answers, AnswersFile};
pub use catalog::dataset;
pub use plan::Plan;
pub use vendorplan_data as data;
