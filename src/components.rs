//! One component per file. Components render props and emit messages; none holds plan state.

pub mod action_item;
pub mod action_list;
pub mod detect_panel;
pub mod downloads;
pub mod file_import;
pub mod language_menu;
pub mod plan_changes;
pub mod plan_dashboard;
pub mod plan_summary;
pub mod question;
pub mod question_list;
pub mod register;
pub mod stepper;
pub mod table;
pub mod theme_toggle;
pub mod vendor_detail;
pub mod vendor_picker;
