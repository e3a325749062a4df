//! One component per file. Components render props and emit messages; none holds plan state.

pub mod action_item;
pub mod downloads;
pub mod plan_view;
pub mod question;
pub mod question_list;
pub mod vendor_picker;
