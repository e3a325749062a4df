//! The browser app: renders the session held by the core and sends it messages. Every decision
//! (which questions apply, which actions follow, what a file contains) comes from
//! `vendorplan-core`; this crate only draws it and talks to the browser.

pub mod app;
pub mod components;
pub mod download;
pub mod offline;
pub mod state;
pub mod storage;
pub mod timing;
pub mod view;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    offline::register_service_worker();
    yew::Renderer::<app::App>::new().render();
}
