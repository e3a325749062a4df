//! The browser app: renders the session held by the core and sends it messages. Every decision
//! (which questions apply, which actions follow, what a file contains) comes from
//! `vendorplan-core`; this crate only draws it and talks to the browser.

pub mod app;
pub mod components;
pub mod crash;
pub mod download;
pub mod embed;
pub mod i18n;
pub mod lifetime;
pub mod offline;
pub mod state;
pub mod storage;
pub mod timing;
pub mod view;

/// Mounts the app on the page's `<body>` when the page is Vendorplan's own (`index.html` and
/// the offline file mark their body `data-vendorplan-page`, `embed.html` marks it `frame`). On a
/// host page the module only
/// provides [`embed::Widget`] to `<vendor-plan>` elements and renders nothing by itself.
pub fn start() {
    crash::install();
    let body = gloo::utils::body();
    match body.get_attribute("data-vendorplan-page").as_deref() {
        // `embed.html`, framed by a host page.
        Some("frame") => embed::start_frame(),
        Some(_) => {
            offline::register_service_worker();
            yew::Renderer::<app::App>::with_root_and_props(body.into(), app::AppProps::default())
                .render();
        }
        None => {}
    }
}
